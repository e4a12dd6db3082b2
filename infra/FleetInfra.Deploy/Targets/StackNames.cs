namespace FleetInfra.Deploy.Targets;

/// <summary>Stack names given as <c>NAME,NAME</c>, the option repeated, or both.</summary>
public static class StackNames
{
    /// <summary>Every name once, in the order given.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
