using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Reporting;

/// <summary>One stack's result as the texts every summary format shows (table, Markdown, JSON).</summary>
public sealed record SummaryRow(string Stack, string Operation, string Result, int Creates, int Updates, int Deletes, int Replaces, int Sames, double DurationSeconds, string? Error,
    IReadOnlyDictionary<string, JsonElement>? Outputs, ChangeCounts? Refresh, IReadOnlyList<ResourceStep>? Steps, int? Wave = null)
{
    public static SummaryRow From(StackResult result) => new(
        result.Stack,
        result.Operation.Name(),
        result.Outcome.ToString().ToLowerInvariant(),
        result.Changes.Creates,
        result.Changes.Updates,
        result.Changes.Deletes,
        result.Changes.Replaces,
        result.Changes.Sames,
        Math.Round(result.Duration.TotalSeconds, 1),
        result.Error,
        result.Outputs.IsDefaultOrEmpty ? null : result.Outputs.ToDictionary(o => o.Name, o => JsonElement.Parse(o.Json)),
        result.Refresh,
        result.Steps.IsDefaultOrEmpty ? null : result.Steps,
        result.Wave);

    [JsonIgnore]
    public string Duration => DurationSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";

    [JsonIgnore]
    public IReadOnlyList<string> Cells =>
    [
        Stack, Operation, Result,
        .. new[] { Creates, Updates, Deletes, Replaces, Sames }.Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Refresh is { } refresh ? refresh.Changed.ToString(CultureInfo.InvariantCulture) : "-",
        Duration,
    ];

    /// <summary>The table's columns; <c>cloud drift</c> is what a drift's refresh found changed in the cloud.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["stack", "operation", "result", "creates", "updates", "deletes", "replaces", "sames", "cloud drift", "duration"];
}
