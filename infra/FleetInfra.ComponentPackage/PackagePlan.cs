using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Yaml;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// One component's resolved inputs planned by the core, exactly as a stack file with one cluster and an intents file
/// would be: the cluster spec and the stack-wide inputs become the <c>fleet:</c> keys of the same names
/// (<see cref="StackConfigValues"/>), the intents are parsed as an intents file, and <see cref="FleetPlanner"/> plans them.
/// </summary>
/// <param name="Cluster">The cluster's plan: its config, apps and add-ons.</param>
/// <param name="Protect">Protect the cluster's resources (the <c>protect</c> input, else a production environment).</param>
/// <param name="Warnings">What the plan advises, as one line each, for <c>Log.Warn</c>.</param>
internal sealed record PackagePlan(ClusterPlan Cluster, bool Protect, ImmutableArray<string> Warnings)
{
    /// <summary>The inputs that are <c>fleet:</c> keys of the stack, beside <c>clusters</c>.</summary>
    public static readonly ImmutableArray<string> StackKeyInputs = ["domain", "environment", "imageRegistry", "imageTag", "partOf", "protect"];

    private const string ClusterPath = StackKeys.Namespace + ":clusters[0]";

    /// <summary>
    /// Plans the inputs of component <paramref name="component"/> named <paramref name="name"/>; <paramref name="cloud"/>
    /// is the provider the component builds (null: the cluster spec names it). Every problem at once in an
    /// <see cref="ArgumentException"/>, each line prefixed with the input's path (<c>cluster.nodeGroups[0].minSize</c>)
    /// or, for intents, with its line in the intents text.
    /// </summary>
    public static PackagePlan Create(string component, string name, string stackName, IReadOnlyDictionary<string, object> inputs, CloudProvider? cloud)
    {
        var where = $"{FleetPackage.TypeToken(component)} '{name}'";
        var inputsPath = $"{where} inputs";
        var intentsPath = $"{where} intents";
        var diagnostics = new DiagnosticBag();

        var values = StackKeyInputs
            .Where(inputs.ContainsKey)
            .ToDictionary(key => key, key => Text(inputs[key]), StringComparer.Ordinal);
        var cluster = inputs.TryGetValue("cluster", out var spec) && spec is IReadOnlyDictionary<string, object> map
            ? new SortedDictionary<string, object>(map.ToDictionary(), StringComparer.Ordinal)
            : new SortedDictionary<string, object>(StringComparer.Ordinal);
        if (cloud is { } builds)
        {
            var expected = builds.ToString().ToLowerInvariant();
            if (cluster.TryGetValue("provider", out var given) && !Equals(given, expected))
            {
                diagnostics.Error(SourceLocation.StartOf(inputsPath), $"{ClusterPath}.provider",
                    $"is '{given}'; {component} builds '{expected}' clusters: leave provider out or use the other cluster component");
            }

            cluster["provider"] = expected;
        }

        values["clusters"] = JsonSerializer.Serialize(new[] { cluster });
        var stack = StackConfigValues.Parse(inputsPath, stackName, values, Directory.GetCurrentDirectory(), diagnostics);
        var intents = inputs.TryGetValue("intents", out var text) && text is string yaml
            ? ParseIntents(yaml, intentsPath, diagnostics)
            : [];
        var plan = stack is null ? null : FleetPlanner.Plan(stack, intents, diagnostics);

        var sorted = diagnostics.ToImmutableSorted();
        if (plan is null || sorted.Any(d => d.IsError))
        {
            throw new ArgumentException(
                $"{where}: invalid inputs; fix every line:{System.Environment.NewLine}" +
                string.Join(System.Environment.NewLine, sorted.Where(d => d.IsError).Select(d => Line(d, inputsPath))));
        }

        var clusterPlan = plan.Clusters.Single();
        var warnings = sorted.Where(d => !d.IsError).Concat(clusterPlan.Addons.Advice).Select(d => $"{where}: {Line(d, inputsPath)}");
        return new PackagePlan(clusterPlan, plan.Protect, [.. warnings.Distinct()]);
    }

    private static List<ApplicationIntent> ParseIntents(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        if (YamlFileLoader.Parse(yaml, displayPath, diagnostics) is not { } file)
        {
            return [];
        }

        var names = ApplicationIntentParser.AppNamesIn(file).ToHashSet(StringComparer.Ordinal);
        return [.. ApplicationIntentParser.Parse(file, diagnostics, names)];
    }

    /// <summary>
    /// A diagnostic as the component's user reads it: problems in the inputs by input path (the generated stack document's
    /// lines mean nothing to them), problems in the intents with their line in the intents text.
    /// </summary>
    private static string Line(Diagnostic diagnostic, string inputsPath)
    {
        if (diagnostic.Location.File != inputsPath)
        {
            return diagnostic.ToString();
        }

        var path = diagnostic.FieldPath.StartsWith(ClusterPath, StringComparison.Ordinal)
            ? "cluster" + diagnostic.FieldPath[ClusterPath.Length..]
            : diagnostic.FieldPath.Replace(StackKeys.Namespace + ":", string.Empty, StringComparison.Ordinal);
        var prefix = diagnostic.IsError ? string.Empty : "warning: ";
        return string.IsNullOrEmpty(path) ? $"{prefix}{diagnostic.Message}" : $"{path}: {prefix}{diagnostic.Message}";
    }

    /// <summary>A stack-wide input as the text a <c>pulumi config</c> value would be.</summary>
    private static string Text(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        _ => JsonSerializer.Serialize(value),
    };
}
