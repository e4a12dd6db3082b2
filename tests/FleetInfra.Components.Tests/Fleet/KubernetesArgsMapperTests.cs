using System.Text.Json;
using FleetInfra.Components.Fleet;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace FleetInfra.Components.Tests.Fleet;

public sealed class KubernetesArgsMapperTests
{
    [Fact]
    public void ToArgs_FieldTheInputTypeLacks_ThrowsWithItsPath()
    {
        using var json = JsonDocument.Parse("""{ "name": "web", "labels": { "app": "web" }, "owner": "team-a" }""");

        var error = Assert.Throws<InvalidOperationException>(() => KubernetesArgsMapper.ToArgs<ObjectMetaArgs>(json.RootElement, "metadata"));

        Assert.Equal(
            "metadata.owner: Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs has no input 'owner'; the Pulumi.Kubernetes version does not match the manifest",
            error.Message);
    }

    [Fact]
    public void ToArgs_ValueOfTheWrongShape_ThrowsWithItsPath()
    {
        using var json = JsonDocument.Parse("""{ "name": "web", "labels": ["app"] }""");

        var error = Assert.Throws<InvalidOperationException>(() => KubernetesArgsMapper.ToArgs<ObjectMetaArgs>(json.RootElement, "metadata"));

        Assert.Equal("metadata.labels: a Array value does not fit InputMap<String>", error.Message);
    }
}
