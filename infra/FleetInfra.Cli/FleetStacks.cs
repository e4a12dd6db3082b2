using System.Text.Json;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Reporting.Html;

namespace FleetInfra.Cli;

/// <summary>Every stack of the repository (<c>stacks/Pulumi.*.yaml</c>), planned and estimated, for <c>--all</c>.</summary>
internal static class FleetStacks
{
    /// <summary>Exactly one of --stack, --config and --all.</summary>
    public static void RequireStackOrAll(System.CommandLine.Command command, StackInput input, System.CommandLine.Option<bool> all) =>
        command.Validators.Add(result =>
        {
            var stackGiven = result.GetResult(input.Stack) is not null || result.GetResult(input.Config) is not null;
            if (result.GetValue(all) == stackGiven)
            {
                result.AddError("give --stack NAME, --config FILE or --all");
            }
        });

    /// <summary>The overview of every stack, in name order; null after printing the problems when one cannot be planned.</summary>
    public static List<StackOverview>? Load(CliConsole console, PriceTable prices, string? deploySummaries)
    {
        var root = Core.Config.ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var folder = Path.Combine(root, "stacks");
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "Pulumi.*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            console.Error.WriteLine($"{Core.Planning.FleetLoader.Display(folder)}: no stack file (Pulumi.NAME.yaml) to report on");
            return null;
        }

        var deploys = deploySummaries is null ? new Dictionary<string, string>(StringComparer.Ordinal) : LastDeploys(deploySummaries);
        var overviews = new List<StackOverview>();
        var failed = false;
        foreach (var file in files)
        {
            var name = Core.Config.StackConfigParser.StackNameOf(file);
            var result = Core.Planning.FleetLoader.Load(file, null, name);
            if (!result.Succeeded || result.Plan is null)
            {
                console.Report(result.Diagnostics);
                failed = true;
                continue;
            }

            var estimate = CostEstimator.Estimate(result.Plan, prices);
            overviews.Add(new StackOverview(result.Plan, estimate, Showback.Allocate(result.Plan, estimate),
                [.. result.Diagnostics.Where(d => d.Severity == Severity.Warning)], deploySummaries is null ? null : deploys.GetValueOrDefault(name, "no summary")));
        }

        return failed ? null : overviews;
    }

    /// <summary>
    /// The newest <c>fleet deploy --json</c> result per stack in the folder: "OPERATION RESULT: changes" of the file written last.
    /// Files that are not deploy summaries are skipped.
    /// </summary>
    private static Dictionary<string, string> LastDeploys(string folder)
    {
        var last = new Dictionary<string, (DateTime At, string Text)>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json") : [])
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var at = File.GetLastWriteTimeUtc(file);
                var stacks = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("stacks", out var s) ? s : json.RootElement;
                foreach (var stack in stacks.ValueKind == JsonValueKind.Array ? stacks.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    if (stack.ValueKind == JsonValueKind.Object && stack.TryGetProperty("stack", out var name) && name.GetString() is { } key
                        && (!last.TryGetValue(key, out var seen) || at > seen.At))
                    {
                        // The rows of SummaryDocument (FleetInfra.Deploy/Reporting/SummaryRow.cs): stack, operation, result, creates...
                        string Count(string property) => stack.TryGetProperty(property, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
                        var operation = stack.TryGetProperty("operation", out var o) ? o.ToString() : "deploy";
                        var outcome = stack.TryGetProperty("result", out var r) ? r.ToString() : "unknown";
                        last[key] = (at, $"{operation} {outcome}: {Count("creates")} to create, {Count("updates")} to update, {Count("deletes")} to delete, {Count("replaces")} to replace ({at:yyyy-MM-dd HH:mm} UTC, {Path.GetFileName(file)})");
                    }
                }
            }
            catch (JsonException)
            {
                // Not a deploy summary.
            }
        }

        return last.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal);
    }
}
