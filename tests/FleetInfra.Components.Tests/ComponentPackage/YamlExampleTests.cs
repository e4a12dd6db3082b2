using System.Text.Json.Nodes;
using FleetInfra.ComponentPackage;
using FleetInfra.Core.Config;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Components.Tests.ComponentPackage;

/// <summary>
/// <c>examples/fleet-yaml/Pulumi.yaml</c> without Pulumi: its resources use only the package's types and inputs, and their
/// inputs plan without errors, as the package would plan them.
/// </summary>
public sealed class YamlExampleTests
{
    private const string Prefix = FleetPackage.Name + ":index:";

    [Fact]
    public void Plugin_IsThePackageFolderOfThisRepository()
    {
        var plugin = (YamlMappingNode)Assert.Single(Program().Map("plugins").Sequence("providers").Children);

        Assert.Equal(FleetPackage.Name, plugin.Text("name"));
        var folder = Path.GetFullPath(Path.Combine(ExampleFolder(), plugin.Text("path")));
        Assert.Equal("runtime: dotnet", File.ReadAllText(Path.Combine(folder, "PulumiPlugin.yaml")).Trim());
        Assert.True(File.Exists(Path.Combine(folder, "FleetInfra.ComponentPackage.csproj")));
    }

    [Fact]
    public async Task Resources_UseOnlyThePackagesTypesAndInputs_AndSetEveryRequiredOne()
    {
        var resources = (await PackageSchemaTests.ServedSchemaAsync())["resources"]!.AsObject();

        foreach (var (name, node) in Program().Map("resources").Children.Select(c => (((YamlScalarNode)c.Key).Value!, (YamlMappingNode)c.Value)))
        {
            var type = node.Text("type");
            var spec = Assert.IsType<JsonObject>(resources[type], exactMatch: false);
            var properties = node.Map("properties").Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
            Assert.All(properties, p => Assert.True(spec["inputProperties"]!.AsObject().ContainsKey(p), $"{name}: '{p}' is not an input of {type}"));
            Assert.All(spec["requiredInputs"]!.AsArray().Select(r => (string)r!), r => Assert.Contains(r, properties));
        }
    }

    [Fact]
    public void Resources_InputsPlanLikeTheirStackFileWould()
    {
        var program = Program();
        var variables = program.Map("variables").Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => Plain(c.Value), StringComparer.Ordinal);
        var plans = program.Map("resources").Children.ToDictionary(
            c => ((YamlScalarNode)c.Key).Value!,
            c =>
            {
                var resource = (YamlMappingNode)c.Value;
                var component = resource.Text("type")[Prefix.Length..];
                var inputs = resource.Map("properties").Children
                    .Select(p => (Key: ((YamlScalarNode)p.Key).Value!, Value: Resolve(p.Value, variables)))
                    .Where(p => p.Value is not null)
                    .ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
                return PackagePlan.Create(component, ((YamlScalarNode)c.Key).Value!, "staging", inputs, component == "EksCluster" ? CloudProvider.Eks : null);
            },
            StringComparer.Ordinal);

        Assert.Equal(["checkout", "ledger"], plans["apps"].Cluster.Apps.Select(a => a.Name));
        Assert.Equal(["https://checkout.payments-use1.payments.example.com"], plans["apps"].Cluster.Apps[0].Routes.Select(r => $"https://{r.Host}"));
        // The cluster plans its add-ons for the same apps: checkout autoscales, so metrics-server comes with it.
        Assert.NotNull(plans["eks"].Cluster.Addons.MetricsServer);
        Assert.All(plans.Values, plan => Assert.Equal(
            ("payments-use1", CloudProvider.Eks, "general", 2, 5, 2),
            (plan.Cluster.Name, plan.Cluster.Provider, plan.Cluster.Cluster.NodeGroups[0].Name, plan.Cluster.Cluster.NodeGroups[0].MinSize,
                plan.Cluster.Cluster.NodeGroups[0].MaxSize, plan.Cluster.Cluster.NodeGroups[0].DesiredSize)));
    }

    /// <summary>A property's value: <c>${variable}</c> is the variable, a reference to another resource's output is left out.</summary>
    private static object? Resolve(YamlNode node, IReadOnlyDictionary<string, object> variables) =>
        node is YamlScalarNode { Value: ['$', '{', .. var reference] } && reference.EndsWith('}')
            ? variables.GetValueOrDefault(reference[..^1])
            : Plain(node);

    /// <summary>A YAML value as the plain value Pulumi would pass: plain true/false and integers typed, everything else text.</summary>
    private static object Plain(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => Plain(c.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Plain).ToList(),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } flag => flag.Value == "true",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } number when int.TryParse(number.Value, out var value) => value,
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static YamlMappingNode Program()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(ExampleFolder(), "Pulumi.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string ExampleFolder() =>
        Path.Combine(ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no Pulumi.yaml above the test folder"), "examples", "fleet-yaml");
}

internal static class YamlNodes
{
    public static YamlMappingNode Map(this YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static YamlSequenceNode Sequence(this YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];

    public static string Text(this YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
