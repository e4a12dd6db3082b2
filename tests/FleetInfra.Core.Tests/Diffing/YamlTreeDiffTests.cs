using FleetInfra.Core.Diffing;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Tests.Diffing;

/// <summary>The field-level diff of two YAML trees: key order and the order of named list items are not changes.</summary>
public sealed class YamlTreeDiffTests
{
    [Fact]
    public void KeyOrder_IsNotAChange()
    {
        var changes = YamlTreeDiff.Compare(Parse("a: 1\nb: { c: 2, d: 3 }\n"), Parse("b: { d: 3, c: 2 }\na: 1\n"));

        Assert.Empty(changes);
    }

    [Fact]
    public void NamedListItems_AreMatchedByName_WhateverTheirOrder()
    {
        var before = Parse("containers:\n- { name: web, image: web:1 }\n- { name: sidecar, image: proxy:1 }\n");
        var after = Parse("containers:\n- { name: sidecar, image: proxy:1 }\n- { name: web, image: web:2 }\n");

        Assert.Equal([new FieldChange("containers[web].image", "web:1", "web:2")], YamlTreeDiff.Compare(before, after));
    }

    [Fact]
    public void UnnamedListItems_AreComparedByPosition_AndAddedOrRemovedFieldsHaveNoValueOnOneSide()
    {
        var before = Parse("args: [a, b]\nmetadata: { labels: { app.kubernetes.io/name: web } }\n");
        var after = Parse("args: [a, c, d]\nmetadata: { labels: { team: shop } }\n");

        Assert.Equal(
            [
                new FieldChange("args[1]", "b", "c"),
                new FieldChange("args[2]", null, "d"),
                new FieldChange("metadata.labels.team", null, "shop"),
                new FieldChange("metadata.labels[\"app.kubernetes.io/name\"]", "web", null),
            ],
            YamlTreeDiff.Compare(before, after));
    }

    [Fact]
    public void AWholeSubtree_IsShownAsOneLineOfFlowYaml()
    {
        var changes = YamlTreeDiff.Compare(Parse("spec: {}\n"), Parse("spec:\n  selector:\n    matchLabels: { app: web }\n"));

        Assert.Equal([new FieldChange("spec.selector", null, "{matchLabels: {app: web}}")], changes);
    }

    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
