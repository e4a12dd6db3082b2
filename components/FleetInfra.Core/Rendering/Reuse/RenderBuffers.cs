using System.Buffers;
using System.Text;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>
/// One thread's reusable buffers: the text of a directly rendered app and the bytes written out. Parallel loops take
/// them with <see cref="Rent"/> and give them back with <see cref="Return"/>, so that the template, check and writing
/// loops of every group reuse the same few sets instead of each touching fresh memory (page faults) for its own.
/// </summary>
internal sealed class RenderBuffers
{
    /// <summary>Sets kept for the next loop: a few per core is all the loops ever hold at once.</summary>
    private static readonly Stack<RenderBuffers> Pool = new();

    private static readonly int PoolLimit = 4 * Environment.ProcessorCount;

    /// <summary>A set grown past this (an app of megabytes) is left to the collector rather than kept.</summary>
    private const int KeptCharacters = 1024 * 1024;

    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    /// <summary>A free set, or a new one.</summary>
    public static RenderBuffers Rent()
    {
        lock (Pool)
        {
            return Pool.TryPop(out var buffers) ? buffers : new RenderBuffers();
        }
    }

    /// <summary>Gives back a set its loop no longer uses.</summary>
    public static void Return(RenderBuffers buffers)
    {
        if (buffers.Text.Capacity > KeptCharacters)
        {
            return;
        }

        lock (Pool)
        {
            if (Pool.Count < PoolLimit)
            {
                Pool.Push(buffers);
            }
        }
    }

    /// <summary>A cluster file's pending bytes (<see cref="FleetRenderer"/>'s cluster layout), created on first use.</summary>
    public ArrayBufferWriter<byte> Pending => _pending ??= new(FleetRenderer.FileChunk + (16 * 1024));

    private ArrayBufferWriter<byte>? _pending;

    public StringBuilder Text { get; } = new(16 * 1024);

    public ArrayBufferWriter<byte> Bytes { get; set; } = new(16 * 1024);

    /// <summary>A second byte buffer: what <see cref="Bytes"/> held, kept to compare with a render written after it.</summary>
    public ArrayBufferWriter<byte> Spare
    {
        get => _spare ??= new(16 * 1024);
        set => _spare = value;
    }

    private ArrayBufferWriter<byte>? _spare;

    /// <summary>Appends <see cref="Text"/> as UTF-8; a character split across the builder's chunks stays whole.</summary>
    public void EncodeText()
    {
        _utf8.Reset();
        foreach (var chunk in Text.GetChunks())
        {
            var bytes = Bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            _utf8.Convert(chunk.Span, bytes, flush: false, out _, out var written, out _);
            Bytes.Advance(written);
        }

        var tail = Bytes.GetSpan(8);
        _utf8.Convert(ReadOnlySpan<char>.Empty, tail, flush: true, out _, out var flushed, out _);
        Bytes.Advance(flushed);
    }
}
