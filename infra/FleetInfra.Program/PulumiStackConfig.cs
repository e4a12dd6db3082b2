using System.Text.Json;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Program;

/// <summary>
/// The <c>fleet:</c> keys as Pulumi hands them to the program, read by the same parser as the stack file.
/// </summary>
/// <remarks>
/// Pulumi passes every config value as text, structured values (lists, maps) as JSON; <see cref="StackConfigValues"/>
/// writes them back as a stack document, so every rule and message of <see cref="StackConfigParser"/> applies unchanged.
/// </remarks>
internal static class PulumiStackConfig
{
    /// <summary>Where diagnostics point: there is no file, the values come from <c>pulumi config</c>.</summary>
    public static string DisplayPath(string stackName) => $"pulumi config (stack {stackName})";

    /// <summary>The environment variable through which the Pulumi language host passes the whole stack config (JSON).</summary>
    public const string PulumiConfigVariable = "PULUMI_CONFIG";

    /// <summary>
    /// The <c>fleet:</c> keys that are set, read through Pulumi <c>Config("fleet")</c>, by key without the namespace:
    /// every known key, plus any other <c>fleet:</c> key in <see cref="PulumiConfigVariable"/> so that a misspelled key
    /// is reported (Pulumi's <c>Config</c> cannot list keys) instead of silently ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(Pulumi.Config config)
    {
        var keys = new SortedSet<string>(StackKeys.Fleet, StringComparer.Ordinal);
        keys.UnionWith(FleetKeysIn(Environment.GetEnvironmentVariable(PulumiConfigVariable)));
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (config.Get(key) is { } value)
            {
                values[key] = value;
            }
        }

        return values;
    }

    /// <summary>The <c>fleet:</c> keys (without the namespace) of a <see cref="PulumiConfigVariable"/> value.</summary>
    public static IEnumerable<string> FleetKeysIn(string? pulumiConfig)
    {
        if (string.IsNullOrWhiteSpace(pulumiConfig))
        {
            return [];
        }

        using var document = JsonDocument.Parse(pulumiConfig);
        var prefix = StackKeys.Namespace + ":";
        return document.RootElement.EnumerateObject()
            // Older language hosts write keys as "fleet:config:key".
            .Select(p => p.Name.StartsWith(prefix + "config:", StringComparison.Ordinal) ? prefix + p.Name[(prefix.Length + "config:".Length)..] : p.Name)
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => name[prefix.Length..])
            .ToList();
    }

    /// <summary>The stack config, or null with the errors in <paramref name="diagnostics"/>.</summary>
    public static StackConfig? Parse(string stackName, IReadOnlyDictionary<string, string> values, string stackDirectory, DiagnosticBag diagnostics) =>
        StackConfigValues.Parse(DisplayPath(stackName), stackName, values, stackDirectory, diagnostics);
}
