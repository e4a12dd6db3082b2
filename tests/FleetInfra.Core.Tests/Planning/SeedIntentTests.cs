using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Planning;

/// <summary>The seed snippet, verbatim, through loader, planner and renderer on both providers.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class SeedIntentTests : IDisposable
{
    private const string Seed = """
        application:
          enterprise-api:
            build_mode: DOCKER
            cpu: 2000m
            memory: 4096MB
            ports:
              - 8080: true
        """;

    private readonly TempFleet _fleet = new TempFleet().WithStack(TempFleet.Stack()).WithApps("seed.yaml", Seed);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void Seed_PlansOnEveryCluster_WithImageFromRegistryAndTag()
    {
        var plan = _fleet.Plan();

        Assert.Equal(["eks-use1", "gke-euw1"], plan.Clusters.Select(c => c.Name));
        foreach (var cluster in plan.Clusters)
        {
            var app = Assert.Single(cluster.Apps);
            Assert.Equal("enterprise-api", app.Name);
            Assert.Equal("registry.example.com/acme/enterprise-api:2026.11.25", app.Image);
            Assert.Equal("2000m", app.Cpu.ToString());
            Assert.Equal("4096Mi", app.Memory.ToString());
            Assert.Equal($"enterprise-api.{cluster.Name}.dev.example.com", Assert.Single(app.Routes).Host);
        }
    }

    [Theory]
    [InlineData("eks-use1", new[] { "Namespace", "NetworkPolicy", "NetworkPolicy", "ServiceAccount", "Deployment", "Service", "Ingress" })]
    [InlineData("gke-euw1", new[] { "Namespace", "NetworkPolicy", "NetworkPolicy", "ServiceAccount", "Deployment", "Service", "Ingress", "BackendConfig", "FrontendConfig", "ManagedCertificate" })]
    public void Seed_RendersTheObjectsAPublicSingleReplicaAppNeeds(string cluster, string[] kinds)
    {
        Assert.Equal(kinds, _fleet.Objects(cluster, "enterprise-api").Select(o => o.Kind));
    }

    [Fact]
    public void Seed_DeploymentIsHardenedWithRequestsLimitAndDefaultReadinessProbe()
    {
        var deployment = _fleet.Single<V1Deployment>("eks-use1", "enterprise-api");
        var pod = deployment.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);

        Assert.Equal(1, deployment.Spec.Replicas);
        // Quantities are rendered in Kubernetes' canonical form, so applying them never shows a diff.
        Assert.Equal("2", container.Resources.Requests["cpu"].ToString());
        Assert.Equal("4Gi", container.Resources.Requests["memory"].ToString());
        Assert.Equal("4Gi", container.Resources.Limits["memory"].ToString());
        Assert.False(container.Resources.Limits.ContainsKey("cpu"));
        Assert.Equal("http-8080", container.ReadinessProbe.TcpSocket.Port.Value);
        Assert.Null(container.LivenessProbe);
        Assert.False(pod.AutomountServiceAccountToken);
        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Equal("/tmp", Assert.Single(container.VolumeMounts).MountPath);
        Assert.NotNull(Assert.Single(pod.Volumes).EmptyDir);
    }

    [Fact]
    public void Seed_OnEks_IsAnInternetFacingAlbIngressOnTheClusterGroupWithHttps()
    {
        var ingress = _fleet.Single<V1Ingress>("eks-use1", "enterprise-api");

        Assert.Equal("alb", ingress.Spec.IngressClassName);
        Assert.Equal(
            new SortedDictionary<string, string>
            {
                ["alb.ingress.kubernetes.io/group.name"] = "eks-use1",
                ["alb.ingress.kubernetes.io/listen-ports"] = """[{"HTTP": 80}, {"HTTPS": 443}]""",
                ["alb.ingress.kubernetes.io/scheme"] = "internet-facing",
                ["alb.ingress.kubernetes.io/ssl-policy"] = "ELBSecurityPolicy-TLS13-1-2-2021-06",
                ["alb.ingress.kubernetes.io/ssl-redirect"] = "443",
                ["alb.ingress.kubernetes.io/success-codes"] = "200-499",
                ["alb.ingress.kubernetes.io/target-type"] = "ip",
            },
            ingress.Metadata.Annotations);
        Assert.Equal(["enterprise-api.eks-use1.dev.example.com"], Assert.Single(ingress.Spec.Tls).Hosts);
        var path = Assert.Single(Assert.Single(ingress.Spec.Rules).Http.Paths);
        Assert.Equal(("/", "Prefix", "enterprise-api", 8080), (path.Path, path.PathType, path.Backend.Service.Name, path.Backend.Service.Port.Number));
    }

    [Fact]
    public void Seed_OnGke_IsAGceIngressWithNegServiceBackendConfigAndManagedCertificate()
    {
        var objects = _fleet.Objects("gke-euw1", "enterprise-api");
        var ingress = objects.OfType<V1Ingress>().Single();
        var service = objects.OfType<V1Service>().Single();

        Assert.Null(ingress.Spec.IngressClassName);
        Assert.Null(ingress.Spec.Tls);
        Assert.Equal(
            new SortedDictionary<string, string>
            {
                ["kubernetes.io/ingress.class"] = "gce",
                ["kubernetes.io/ingress.global-static-ip-name"] = "test-gke-euw1-enterprise-api",
                ["networking.gke.io/managed-certificates"] = "enterprise-api",
                ["networking.gke.io/v1beta1.FrontendConfig"] = "enterprise-api",
            },
            ingress.Metadata.Annotations);
        Assert.Equal("""{"ingress": true}""", service.Metadata.Annotations["cloud.google.com/neg"]);
        Assert.Equal("""{"default": "enterprise-api"}""", service.Metadata.Annotations["cloud.google.com/backend-config"]);
        Assert.Equal("ClusterIP", service.Spec.Type);
        Assert.Equal(["enterprise-api.gke-euw1.dev.example.com"], objects.OfType<ManagedCertificate>().Single().Spec.Domains);
        Assert.True(objects.OfType<FrontendConfig>().Single().Spec.RedirectToHttps.Enabled);
        var healthCheck = objects.OfType<BackendConfig>().Single().Spec.HealthCheck;
        Assert.Equal(("HTTP", "/", 8080), (healthCheck.Type, healthCheck.RequestPath, healthCheck.Port));
    }

    [Fact]
    public void Seed_RendersAsYamlWithKindsInApplyOrder()
    {
        var yaml = ManifestYaml.Serialize(_fleet.Objects("gke-euw1", "enterprise-api"));

        Assert.StartsWith("---\napiVersion: v1\nkind: Namespace\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    cloud.google.com/neg: '{\"ingress\": true}'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      - image: registry.example.com/acme/enterprise-api:2026.11.25\n", yaml, StringComparison.Ordinal);
    }
}
