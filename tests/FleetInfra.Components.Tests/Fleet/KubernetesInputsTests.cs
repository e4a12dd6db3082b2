using System.Text.Json;
using FleetInfra.Components.Fleet;
using FleetInfra.Core.Rendering;
using k8s.Models;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace FleetInfra.Components.Tests.Fleet;

public sealed class KubernetesInputsTests
{
    public static TheoryData<string, string> Clusters => StackPlans.Clusters();

    [Fact]
    public void Of_JsonFieldTheInputTypeLacks_ThrowsWithItsPath()
    {
        using var json = JsonDocument.Parse("""{ "name": "web", "labels": { "app": "web" }, "owner": "team-a" }""");

        var error = Assert.Throws<InvalidOperationException>(() => KubernetesInputs.Of(json.RootElement, typeof(ObjectMetaArgs), "metadata"));

        Assert.Equal(
            "metadata.owner: Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs has no input 'owner'; the Pulumi.Kubernetes version does not match the manifest",
            error.Message);
    }

    [Fact]
    public void Of_JsonValueOfTheWrongShape_ThrowsWithItsPath()
    {
        using var json = JsonDocument.Parse("""{ "name": "web", "labels": ["app"] }""");

        var error = Assert.Throws<InvalidOperationException>(() => KubernetesInputs.Of(json.RootElement, typeof(ObjectMetaArgs), "metadata"));

        Assert.Equal("metadata.labels: a Array value does not fit InputMap<String>", error.Message);
    }

    [Fact]
    public void Of_ModelFieldTheInputTypeLacks_ThrowsWithItsPath()
    {
        var deployment = new V1Deployment { ApiVersion = "apps/v1", Kind = "Deployment", Metadata = new V1ObjectMeta { Name = "web" }, Spec = new V1DeploymentSpec() };

        var error = Assert.Throws<InvalidOperationException>(() => KubernetesInputs.Of(deployment, typeof(ServiceAccountArgs)));

        Assert.Equal(
            "spec: Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs has no input 'spec'; the Pulumi.Kubernetes version does not match the manifest",
            error.Message);
    }

    [Fact]
    public void Of_NestedModelFieldTheInputTypeLacks_ThrowsWithItsPath()
    {
        var service = new V1Service { Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80 }, new V1ServicePort { Port = 81, Name = "metrics" }] } };

        var error = Assert.Throws<InvalidOperationException>(() => KubernetesInputs.Of(service.Spec.Ports[1], typeof(ContainerPortArgs), "spec.ports[1]"));

        Assert.Equal(
            "spec.ports[1].port: Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerPortArgs has no input 'port'; the Pulumi.Kubernetes version does not match the manifest",
            error.Message);
    }

    [Fact]
    public void Of_ModelValueOfTheWrongShape_ThrowsWithItsPath()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KubernetesInputs.Of(new ListLabels { Labels = ["app"] }, typeof(ObjectMetaArgs), "metadata"));

        Assert.Equal("metadata.labels: a Array value does not fit InputMap<String>", error.Message);
    }

    [Fact]
    public void Of_ModelFieldsLeftNull_AreNotSent()
    {
        var inputs = KubernetesInputs.Of(new V1ObjectMeta { Name = "web", Labels = new Dictionary<string, string>() }, typeof(ObjectMetaArgs));

        Assert.Equal(["labels", "name"], inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Empty((System.Collections.Immutable.ImmutableDictionary<string, object?>)inputs["labels"]!);
    }

    [Fact]
    public void Of_IntOrString_IsANumberWhenItsTextIsAnInteger_AsKubernetesClientWritesIt()
    {
        var port = new V1ServicePort { Port = 80, TargetPort = "8080" };
        var named = new V1ServicePort { Port = 81, TargetPort = "http" };

        Assert.Equal(8080, KubernetesInputs.Of(port, typeof(ServicePortArgs))["targetPort"]);
        Assert.Equal("http", KubernetesInputs.Of(named, typeof(ServicePortArgs))["targetPort"]);
    }

    /// <summary>The direct model walk gives what mapping KubernetesClient's JSON of the same object gives.</summary>
    [Theory]
    [MemberData(nameof(Clusters))]
    public void Of_Model_EqualsTheMappingOfItsJson(string stack, string clusterName)
    {
        foreach (var model in ClusterManifests.Render(StackPlans.Cluster(stack, clusterName)).SelectMany(f => f.Objects))
        {
            var (_, inputs) = KubernetesObjectResources.ToInputs(model);
            var json = KubernetesInputs.ToJson(model);

            var fromJson = KubernetesObjectResources.ArgsTypeOf(model) is { } args ? KubernetesInputs.Of(json, args, string.Empty) : inputs;

            Assert.Equal(ManifestJson.Canonical(json), ManifestJson.FromInputs(inputs));
            Assert.Equal(ManifestJson.FromInputs(fromJson), ManifestJson.FromInputs(inputs));
        }
    }

    /// <summary>Labels as a list, where Kubernetes has a map.</summary>
    private sealed record ListLabels
    {
        [System.Text.Json.Serialization.JsonPropertyName("labels")]
        public IList<string>? Labels { get; init; }
    }
}
