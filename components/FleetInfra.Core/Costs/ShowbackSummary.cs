using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>One group of a <see cref="ShowbackSummary"/>: a stack, a team (per stack) or an app (per stack and cluster).</summary>
public sealed record ShowbackRow(string Name, string Stack, decimal Monthly);

/// <summary>Node cost shown back across stacks, grouped by stack, team or app, with the idle remainder apart (<c>fleet cost --all --by</c>).</summary>
public sealed record ShowbackSummary(string By, string Currency, decimal Total, decimal Idle, ImmutableArray<ShowbackRow> Rows)
{
    public static readonly IReadOnlyList<string> Groupings = ["stack", "team", "app"];

    public static ShowbackSummary Of(IEnumerable<ShowbackLine> lines, string by)
    {
        var all = lines.ToList();
        var used = all.Where(l => l.App is not null);
        var rows = by switch
        {
            "stack" => used.GroupBy(l => (Name: l.Stack, l.Stack)),
            "team" => used.GroupBy(l => (Name: l.Team, l.Stack)),
            _ => used.GroupBy(l => (Name: $"{l.App}@{l.Cluster}", l.Stack)),
        };
        return new ShowbackSummary(by, PriceTable.Currency, all.Sum(l => l.Monthly), all.Where(l => l.App is null).Sum(l => l.Monthly),
            [.. rows.Select(g => new ShowbackRow(g.Key.Name, g.Key.Stack, g.Sum(l => l.Monthly)))
                .OrderByDescending(r => r.Monthly).ThenBy(r => r.Stack, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)]);
    }
}
