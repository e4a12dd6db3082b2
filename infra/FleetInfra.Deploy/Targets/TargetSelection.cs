namespace FleetInfra.Deploy.Targets;

/// <summary>Turns <c>--stack a,b</c> or <c>--all</c>, and <c>--shard i/n</c>, into the ordered stack names to run.</summary>
public static class TargetSelection
{
    /// <summary>The chosen stacks in name order, or a one-line usage error.</summary>
    public static (IReadOnlyList<string> Stacks, string? Error) Resolve(StackCatalog catalog, IReadOnlyList<string> requested, bool all, Shard? shard)
    {
        if (all == requested.Count > 0)
        {
            return ([], "give exactly one of --stack NAME[,NAME...] or --all");
        }

        var names = StackNames.Split(requested);
        var unknown = names.Where(n => !catalog.Names.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            var known = catalog.Names.Count == 0 ? "none" : string.Join(", ", catalog.Names);
            return ([], $"no stack file {StackCatalog.StacksFolder}/Pulumi.{unknown[0]}.yaml; known stacks: {known}");
        }

        IEnumerable<string> chosen = all ? catalog.Names : names;
        if (all && catalog.Names.Count == 0)
        {
            return ([], $"--all found no {StackCatalog.StacksFolder}/Pulumi.*.yaml below {catalog.ProjectRoot}");
        }

        return (shard is null ? [.. chosen.Order(StringComparer.Ordinal)] : shard.Select(chosen), null);
    }
}
