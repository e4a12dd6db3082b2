using System.Collections.Immutable;
using FleetInfra.Components.Fleet;
using k8s.Models;
using Pulumi;
using Pulumi.Kubernetes;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace FleetInfra.Components.Tests.Fleet;

public sealed class KubernetesObjectResourceTests
{
    [Fact]
    public async Task Registration_IsTheTypedPulumiKubernetesResourcesRegistration()
    {
        var mocks = new FleetMocks();
        var run = await RecordedDeployment.RunAsync(mocks, "dev", () =>
        {
            var provider = new Provider("k8s", new ProviderArgs { KubeConfig = "{}" });
            var options = new CustomResourceOptions { Provider = provider };
            _ = new Pulumi.Kubernetes.Core.V1.Namespace("typed", new NamespaceArgs { Metadata = new ObjectMetaArgs { Name = "web", Labels = { ["app"] = "web" } } }, options);
            var model = new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = "web", Labels = new Dictionary<string, string> { ["app"] = "web" } } };
            _ = KubernetesObjectResources.Create("ours", model, new CustomResourceOptions { Provider = provider });
            return new Dictionary<string, object?>();
        });

        var typed = run.Recorded.Single(r => r.Name == "typed");
        var ours = run.Recorded.Single(r => r.Name == "ours");
        Assert.IsType<KubernetesObjectResource>(ours.Resource);
        Assert.Equal(typed.Type, ours.Type);
        Assert.Equal(
            (typed.Options.Version, typed.Options.PluginDownloadURL, typed.Options.Aliases.Count, typed.ProviderName),
            (ours.Options.Version, ours.Options.PluginDownloadURL, ours.Options.Aliases.Count, ours.ProviderName));
        Assert.Equal(
            ManifestJson.FromInputs(mocks.Single("kubernetes:core/v1:Namespace", "typed").Inputs),
            ManifestJson.FromInputs(mocks.Single("kubernetes:core/v1:Namespace", "ours").Inputs));
    }

    [Fact]
    public async Task Status_IsReadBack()
    {
        var deployed = await RecordedDeployment.RunAsync(new FleetMocks(), "dev", () =>
        {
            var provider = new Provider("k8s", new ProviderArgs { KubeConfig = "{}" });
            var ingress = new V1Ingress
            {
                ApiVersion = "networking.k8s.io/v1",
                Kind = "Ingress",
                Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "web" },
                Spec = new V1IngressSpec { IngressClassName = "alb" },
            };
            var resource = KubernetesObjectResources.Create("ingress", ingress, new CustomResourceOptions { Provider = provider });
            return new Dictionary<string, object?> { ["status"] = resource.Status };
        });

        var status = (ImmutableDictionary<string, object>)(await Pulumi.Utilities.OutputUtilities.GetValueAsync((Output<ImmutableDictionary<string, object>?>)deployed.Outputs["status"]!))!;
        var loadBalancer = (ImmutableDictionary<string, object>)status["loadBalancer"];
        Assert.Equal(FleetMocks.AlbHostName, ((ImmutableDictionary<string, object>)((ImmutableArray<object>)loadBalancer["ingress"])[0])["hostname"]);
    }
}
