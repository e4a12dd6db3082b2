namespace FleetInfra.Deploy.Running;

/// <summary>
/// Where every stack's engine output goes: each line whole, prefixed with <c>[stack]</c>, secrets masked, and one
/// writer lock so that lines of stacks running in parallel never interleave.
/// </summary>
public sealed class LineSink(TextWriter writer, SecretMask mask)
{
    private readonly Lock _gate = new();

    public SecretMask Mask { get; } = mask;

    public Action<string> For(string stack) => text => Write(stack, text);

    public void Write(string stack, string text)
    {
        var lines = Mask.Apply(text).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lock (_gate)
        {
            foreach (var line in lines)
            {
                writer.WriteLine(line.Length == 0 ? $"[{stack}]" : $"[{stack}] {line}");
            }

            writer.Flush();
        }
    }
}
