namespace FleetInfra.Deploy.Targets;

/// <summary>Turns <c>--stack a,b</c>, <c>--all</c> or <c>--expired</c>, and <c>--shard i/n</c>, into the ordered stack names to run.</summary>
public static class TargetSelection
{
    public const string ChooseOne = "give exactly one of --stack NAME[,NAME...], --all or --expired";

    public const string ChooseOneOrIdle = "give exactly one of --stack NAME[,NAME...], --all, --expired or --idle";

    /// <summary>The chosen stacks in name order, or a one-line usage error.</summary>
    public static (IReadOnlyList<string> Stacks, string? Error) Resolve(StackCatalog catalog, IReadOnlyList<string> requested, bool all, Shard? shard) =>
        Resolve(catalog, requested, all, shard, expiredAt: null);

    /// <param name="catalog">The project's stacks.</param>
    /// <param name="requested">The stacks of <c>--stack</c>.</param>
    /// <param name="all"><c>--all</c>.</param>
    /// <param name="shard"><c>--shard</c>.</param>
    /// <param name="expiredAt"><c>--expired</c>: the review environments expired at this moment (<see cref="ExpiredStacks"/>); none is no error.</param>
    public static (IReadOnlyList<string> Stacks, string? Error) Resolve(StackCatalog catalog, IReadOnlyList<string> requested, bool all, Shard? shard, DateTimeOffset? expiredAt)
    {
        if ((all ? 1 : 0) + (requested.Count > 0 ? 1 : 0) + (expiredAt is null ? 0 : 1) != 1)
        {
            return ([], ChooseOne);
        }

        if (expiredAt is { } now)
        {
            var expired = ExpiredStacks.In(catalog, now);
            return (shard is null ? expired : shard.Select(expired), null);
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
