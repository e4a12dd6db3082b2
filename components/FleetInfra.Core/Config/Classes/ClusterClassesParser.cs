using System.Collections.Immutable;
using FleetInfra.Core.Config.Rules;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config.Classes;

/// <summary>
/// Reads <c>fleet:clusterClasses</c>: each class is a walk over <see cref="ClusterClassKeys.ClusterClass"/> starting from
/// the class it extends (or from the stack's DNS zones and add-ons), so its values are read and checked once, at its
/// own lines, however many clusters name it.
/// </summary>
internal static class ClusterClassesParser
{
    private const string Example = "{ eks-standard: { provider: eks, kubernetesVersion: \"1.33\", nodeGroups: [...] } }";

    public static bool Read(YamlReader reader, YamlNode node, string path, StackConfig stack, out ImmutableArray<ClusterClass> classes)
    {
        classes = [];
        if (reader.Mapping(node, path, Example) is not { } map)
        {
            return false;
        }

        var written = new Dictionary<string, (YamlScalarNode Key, YamlMappingNode Map)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!StackKeys.Name.Accepts(name))
            {
                reader.Error(keyNode, $"{path}.{name}", $"'{name}' is not a valid class name; rename it to '{Suggestions.ToDnsLabel(name)}'");
            }
            else if (reader.Mapping(value, $"{path}.{name}", "{ provider: eks, kubernetesVersion: \"1.33\", nodeGroups: [...] }") is { } classMap)
            {
                written[name] = ((YamlScalarNode)keyNode, classMap);
            }
        }

        var resolved = new Dictionary<string, ClusterClass>(StringComparer.Ordinal);
        foreach (var name in written.Keys)
        {
            Resolve(reader, path, stack, written, resolved, name, []);
        }

        classes = [.. written.Keys.Select(name => resolved[name])];
        return true;
    }

    /// <summary>
    /// The class a cluster names at <paramref name="classNode"/>; false (reported) when there is no such class, and false
    /// without a report when the class itself has a problem, which was reported at the class.
    /// </summary>
    public static bool TryFind(YamlReader reader, YamlNode classNode, string path, StackConfig stack, out ClusterClass found)
    {
        var name = (classNode as YamlScalarNode)?.Value ?? string.Empty;
        foreach (var candidate in stack.ClusterClasses)
        {
            if (candidate.Name == name)
            {
                found = candidate;
                return !candidate.HasErrors;
            }
        }

        found = null!;
        var known = stack.ClusterClasses.Select(c => c.Name).ToArray();
        reader.Error(classNode, $"{path}.class", known.Length == 0
            ? $"'{name}' is not a class: the stack has no fleet:clusterClasses; define it there or write the cluster out in full"
            : $"'{name}' is not a class of fleet:clusterClasses{Suggestions.DidYouMean(name, known)}; use one of {string.Join(", ", known)}");
        return false;
    }

    /// <summary>A warning for each class no cluster uses, directly or through a class that extends it.</summary>
    public static void WarnUnused(YamlReader reader, StackConfig stack, IEnumerable<ClusterConfig> clusters)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in clusters.Select(c => c.Class).OfType<string>().Distinct())
        {
            for (var at = stack.ClusterClasses.FirstOrDefault(c => c.Name == name); at is not null && used.Add(at.Name);)
            {
                at = stack.ClusterClasses.FirstOrDefault(c => c.Name == at.Extends);
            }
        }

        foreach (var unused in stack.ClusterClasses.Where(c => !used.Contains(c.Name)))
        {
            reader.Diagnostics.Warning(unused.Source, $"fleet:clusterClasses.{unused.Name}",
                $"class '{unused.Name}' is used by no cluster; name it in a cluster's class or remove it");
        }
    }

    private static ClusterClass Resolve(
        YamlReader reader, string path, StackConfig stack,
        Dictionary<string, (YamlScalarNode Key, YamlMappingNode Map)> written, Dictionary<string, ClusterClass> resolved,
        string name, ImmutableList<string> chain)
    {
        if (resolved.TryGetValue(name, out var done))
        {
            return done;
        }

        var (keyNode, map) = written[name];
        var classPath = $"{path}.{name}";
        var fields = reader.Fields(map, classPath, ClusterClassKeys.ClusterClass);
        var errorsBefore = reader.Diagnostics.ErrorCount;
        ClusterClass? parent = null;
        if (fields["class"] is { } parentNode)
        {
            var parentName = (parentNode as YamlScalarNode)?.Value ?? string.Empty;
            if (chain.Contains(parentName) || parentName == name)
            {
                reader.Error(parentNode, $"{classPath}.class",
                    $"classes extend each other in a cycle ({string.Join(" -> ", chain.Add(name).Add(parentName))}); break it by removing one class key");
            }
            else if (!written.ContainsKey(parentName))
            {
                reader.Error(parentNode, $"{classPath}.class",
                    $"'{parentName}' is not a class of fleet:clusterClasses{Suggestions.DidYouMean(parentName, written.Keys)}; use one of {string.Join(", ", written.Keys)}");
            }
            else
            {
                parent = Resolve(reader, path, stack, written, resolved, parentName, chain.Add(name));
            }
        }

        var settings = parent?.Settings ?? StackReaders.Unread(stack, reader.At(map));
        settings = settings with { Source = reader.At(map), FieldSources = settings.FieldSources.SetItems(StackReaders.SourcesOf(reader, fields, ClusterClassKeys.ClusterClass)), Class = name };
        var merged = parent is null ? fields : fields.Over(parent.Fields);
        if (parent?.HasErrors != true && reader.Diagnostics.ErrorCount == errorsBefore)
        {
            TableReader.Read(reader, fields, map, classPath, ClusterClassKeys.ClusterClass, ref settings);
            CheckProvider(reader, fields, map, classPath, parent, settings);
            var context = new TableContext(reader, classPath, map, merged);
            TableReader.Check(context, ref settings, [ProviderOnlyKeys.Instance, ExistingVpcHasSubnets.Instance]);
        }

        var read = new ClusterClass
        {
            Name = name,
            Extends = parent?.Name,
            Source = reader.At(keyNode),
            Settings = settings,
            Fields = merged,
            HasErrors = parent?.HasErrors == true || reader.Diagnostics.ErrorCount > errorsBefore,
        };
        resolved[name] = read;
        return read;
    }

    /// <summary>A class fixes its clusters' provider: a root class must set it, a class extending another may not change it.</summary>
    private static void CheckProvider(YamlReader reader, YamlFields fields, YamlMappingNode map, string classPath, ClusterClass? parent, ClusterConfig settings)
    {
        if (parent is null && fields["provider"] is null)
        {
            reader.Error(map, $"{classPath}.provider", "is missing; a class fixes its clusters' provider: set eks or gke");
        }
        else if (parent is not null && fields["provider"] is { } providerNode && settings.Provider != parent.Settings.Provider)
        {
            reader.Error(providerNode, $"{classPath}.provider",
                $"conflicts with class '{parent.Name}' (provider {ProviderOnlyKeys.Name(parent.Settings.Provider)}); a class keeps the provider of the class it extends");
        }
    }
}
