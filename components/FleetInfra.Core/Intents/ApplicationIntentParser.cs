using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents.Rules;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Intents;

/// <summary>
/// Reads application intents from YAML documents of the form <c>application: { name: { ... } }</c>: each app is a walk
/// over the <see cref="IntentKeys.App"/> table, then the rules across its keys (<see cref="Rules"/>).
/// </summary>
public static class ApplicationIntentParser
{
    public const int MaxInstancesLimit = 1000;

    /// <summary>The rules across an app's keys, checked after every key was read (and again after an override), in this order.</summary>
    private static readonly TableRule<ApplicationIntent>[] AppRules =
    [
        MaxInstancesFollowMin.Instance,
        MaxInstancesNotBelowMin.Instance,
        ImageRequiredUnlessDocker.Instance,
        ProbesCheckDeclaredPorts.Instance,
        CustomDomainsNeedPublicPort.Instance,
        SecretsNotInEnvironment.Instance,
        AutoscalingNeedsInstanceRange.Instance,
        VerticalAutoLeavesResourceMetrics.Instance,
    ];

    /// <value>100: GKE's ManagedCertificate limit, applied on every provider so intents stay portable.</value>
    public const int ManagedCertificateMaxDomains = 100;

    /// <summary>The app names written under <c>application:</c> in the file, valid or not; nothing is reported.</summary>
    public static IEnumerable<string> AppNamesIn(YamlFile file) =>
        file.Documents
            .OfType<YamlMappingNode>()
            .SelectMany(root => root.Children)
            .Where(entry => entry.Key is YamlScalarNode { Value: IntentKeys.Application } && entry.Value is YamlMappingNode)
            .SelectMany(entry => ((YamlMappingNode)entry.Value).Children.Keys.OfType<YamlScalarNode>())
            .Select(key => key.Value ?? string.Empty);

    /// <summary>
    /// Every app defined in the file, in file order. Problems go to the reader's diagnostics. A rename suggested
    /// for an invalid app name avoids <paramref name="appNames"/>, the names written in every intent file.
    /// </summary>
    public static IReadOnlyList<ApplicationIntent> Parse(YamlFile file, DiagnosticBag diagnostics, IReadOnlySet<string>? appNames = null)
    {
        var reader = new YamlReader(file.DisplayPath, diagnostics);
        var apps = new List<ApplicationIntent>();
        if (file.Documents.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), string.Empty,
                "file holds no document; add an 'application:' mapping or remove the file");
        }

        foreach (var document in file.Documents)
        {
            if (reader.Mapping(document, string.Empty, "application: { my-app: { image: ..., ports: [ {8080: true} ] } }") is not { } root)
            {
                continue;
            }

            var fields = reader.Fields(root, string.Empty, IntentKeys.TopLevel);
            if (fields[IntentKeys.Application] is not { } applications)
            {
                reader.Error(root, IntentKeys.Application, "is missing; declare apps under 'application:'");
                continue;
            }

            if (reader.Mapping(applications, IntentKeys.Application, "application: { my-app: { ... } }") is not { } appMap)
            {
                continue;
            }

            foreach (var (keyNode, valueNode) in appMap.Children)
            {
                if (keyNode is not YamlScalarNode scalarKey)
                {
                    reader.Error(keyNode, IntentKeys.Application, $"an app name must be plain text, got {YamlReader.Describe(keyNode)}; write it as my-app: {{ image: ... }}");
                    continue;
                }

                var name = scalarKey.Value ?? string.Empty;
                var path = $"{IntentKeys.Application}.{name}";
                if (!KubernetesNames.IsDnsLabel(name))
                {
                    reader.Error(keyNode, path,
                        $"'{name}' is not a valid app name (lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit); rename it to '{Suggestions.ToDnsLabel(name, appNames)}'");
                    continue;
                }

                var baseline = new ApplicationIntent { Name = name, Source = reader.At(keyNode) };
                if (YamlReader.IsNull(valueNode))
                {
                    apps.Add(Checked(new TableContext(reader, path, keyNode, Fields: null), baseline));
                }
                else if (reader.Mapping(valueNode, path, "{ image: ..., cpu: 500m, memory: 512MB }") is { } appNode)
                {
                    apps.Add(Read(reader, baseline, appNode, keyNode, path, IntentKeys.App));
                }
            }
        }

        return apps;
    }

    /// <summary>Applies a stack's <c>fleet:appOverrides</c> entry to an intent and re-checks the result.</summary>
    public static ApplicationIntent ApplyOverride(YamlReader reader, ApplicationIntent intent, YamlMappingNode overrideNode, string path) =>
        Read(reader, intent, overrideNode, overrideNode, path, IntentKeys.Overridable);

    /// <summary>Reads the keys of <paramref name="map"/> over <paramref name="intent"/>, notes where each is written, then checks the rules.</summary>
    private static ApplicationIntent Read(YamlReader reader, ApplicationIntent intent, YamlMappingNode map, YamlNode owner, string path, Schema.KeyTable table)
    {
        var fields = reader.Fields(map, path, table);
        TableReader.Read(reader, fields, map, path, table, ref intent);
        var sources = intent.FieldSources.ToBuilder();
        foreach (var key in table.Keys)
        {
            if (fields[key.Name] is { } node)
            {
                sources[key.Name] = reader.At(node);
            }
        }

        return Checked(new TableContext(reader, path, owner, fields), intent with { FieldSources = sources.ToImmutable() });
    }

    private static ApplicationIntent Checked(TableContext context, ApplicationIntent intent)
    {
        TableReader.Check(context, ref intent, AppRules);
        return intent;
    }
}
