using System.Buffers;
using System.Text;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>One thread's reusable buffers: the text of a directly rendered app and the bytes written out.</summary>
internal sealed class RenderBuffers
{
    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

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
