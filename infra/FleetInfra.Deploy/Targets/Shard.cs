using System.Globalization;

namespace FleetInfra.Deploy.Targets;

/// <summary>
/// <c>--shard i/n</c>: part <c>i</c> (1-based) of <c>n</c>. Stacks sorted by name are dealt round-robin, so every stack
/// lands in exactly one shard and the split never depends on the order the files were found in.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard? TryParse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            error = null;
            return new Shard(index, count);
        }

        error = $"--shard '{text}' is not a shard; use i/n with 1 <= i <= n, like 1/3";
        return null;
    }

    public IReadOnlyList<string> Select(IEnumerable<string> stacks) =>
        [.. stacks.Order(StringComparer.Ordinal).Where((_, position) => position % Count == Index - 1)];

    public override string ToString() => $"{Index}/{Count}";
}
