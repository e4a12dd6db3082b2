using FleetInfra.Core.Config.Rules;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>
/// Reads the <c>fleet:</c> keys of a Pulumi stack file (<c>stacks/Pulumi.&lt;stack&gt;.yaml</c>): a walk over the
/// <see cref="StackKeys.Fleet"/> table (clusters, node groups and taints are walks over theirs), then the rules across
/// its keys (<see cref="Rules"/>).
/// </summary>
public static class StackConfigParser
{
    public const int MaxNodeGroupSize = 1000;

    /// <summary>The rules across the <c>fleet:</c> keys, checked after every key was read.</summary>
    private static readonly TableRule<StackConfig>[] StackRules =
    [
        EnvironmentRequiredForProductionNames.Instance,
        EnvironmentIsLabel.Instance,
        ImageTagRequiredWithRegistry.Instance,
        ProtectDefaultsToProduction.Instance,
        ClustersOrClustersFrom.Instance,
    ];

    /// <summary>The stack name of a file named <c>Pulumi.&lt;stack&gt;.yaml</c>, else the file name without extension.</summary>
    public static string StackNameOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith("Pulumi.", StringComparison.Ordinal) ? name["Pulumi.".Length..] : name;
    }

    public static StackConfig? Parse(YamlFile file, string stackName, string stackDirectory, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(file.DisplayPath, diagnostics);
        if (file.Documents.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), string.Empty,
                "the stack file is empty; add a 'config:' mapping with fleet:clusters");
            return null;
        }

        if (file.Documents.Count > 1)
        {
            reader.Error(file.Documents[1], string.Empty,
                "a stack file holds exactly one YAML document with a 'config:' mapping; remove this extra document and the '---' before it");
            return null;
        }

        if (reader.Mapping(file.Documents[0], string.Empty, "config: { fleet:clusters: [...] }") is not { } root)
        {
            return null;
        }

        var top = reader.Fields(root, string.Empty, StackKeys.StackFile);
        if (top["config"] is not { } configNode)
        {
            reader.Error(root, "config", "is missing; put the fleet: keys under 'config:'");
            return null;
        }

        if (reader.Mapping(configNode, "config", "{ fleet:clusters: [...] }") is not { } config)
        {
            return null;
        }

        var fields = FleetFields(reader, config);
        var stack = new StackConfig
        {
            StackName = stackName,
            SourceFile = file.DisplayPath,
            Environment = stackName,
            // fleet:appsDir's reader resolves it against this folder's parent, the stack file's folder.
            AppsDirectory = Path.Combine(stackDirectory, "apps"),
            Clusters = [],
            Protect = false,
        };
        TableReader.Read(reader, fields, root, string.Empty, StackKeys.Fleet, ref stack);
        TableReader.Check(new TableContext(reader, string.Empty, root, fields) { KeyPrefix = StackKeys.Fleet.NamespacePrefix! }, ref stack, StackRules);
        return stack;
    }

    /// <summary>An IAM role ARN, as <c>adminRoleArns</c> and team members take them.</summary>
    internal static bool IsRoleArn(string value) => CompiledPatterns.RoleArn().IsMatch(value);

    /// <summary>A GCP project id: 6-30 lower-case letters, digits and '-', starting with a letter.</summary>
    internal static bool IsProjectId(string value) => CompiledPatterns.ProjectId().IsMatch(value);

    /// <summary>The <c>fleet:</c> keys of <c>config:</c> by their name without the namespace; other namespaces belong to their providers.</summary>
    private static YamlFields FleetFields(YamlReader reader, YamlMappingNode config)
    {
        var prefix = StackKeys.Fleet.NamespacePrefix!;
        var fleet = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in config.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey || !key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = key[prefix.Length..];
            if (!StackKeys.Fleet.Contains(name))
            {
                var hint = Suggestions.Closest(name, StackKeys.Fleet) is { } match ? $" (did you mean '{prefix}{match}'?)" : string.Empty;
                reader.Error(keyNode, key,
                    $"unknown key{hint}; allowed keys: {string.Join(", ", StackKeys.Fleet.Order(StringComparer.Ordinal).Select(k => prefix + k))}");
                continue;
            }

            fleet[name] = (scalarKey, value);
        }

        return new YamlFields(fleet);
    }
}
