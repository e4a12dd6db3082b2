using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Intents;

/// <summary>Each intent field, as a team writes it, and what it becomes in the rendered objects.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class IntentFieldTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithStack(TempFleet.Stack());

    public void Dispose() => _fleet.Dispose();

    private V1Container Container(string app) =>
        Assert.Single(_fleet.Single<V1Deployment>("eks-use1", app).Spec.Template.Spec.Containers);

    private string Apps(string body) => "application:\n  web:\n" + string.Join("\n", body.Split('\n').Select(l => "    " + l));

    [Fact]
    public void Image_Explicit_IsUsedAsIs()
    {
        _fleet.WithApps("a.yaml", Apps("image: registry.example.com/team/web:1.2.3"));
        Assert.Equal("registry.example.com/team/web:1.2.3", Container("web").Image);
    }

    [Fact]
    public void Image_ExplicitWinsOverDockerBuild()
    {
        _fleet.WithApps("a.yaml", Apps("build_mode: DOCKER\nimage: registry.example.com/team/web@sha256:" + new string('a', 64)));
        Assert.Equal("registry.example.com/team/web@sha256:" + new string('a', 64), Container("web").Image);
    }

    [Theory]
    [InlineData("cpu: 500", "500m")]
    [InlineData("cpu: 500m", "500m")]
    [InlineData("cpu: \"0.5\"", "500m")]
    [InlineData("cpu: \"2\"", "2")]
    [InlineData("cpu: 1500m", "1500m")]
    public void Cpu_IntegerIsMillicores_TextIsAKubernetesQuantity(string line, string rendered)
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\n" + line));
        Assert.Equal(rendered, Container("web").Resources.Requests["cpu"].ToString());
    }

    [Theory]
    [InlineData("memory: 512", "512Mi")]
    [InlineData("memory: 512MB", "512Mi")]
    [InlineData("memory: 2GB", "2Gi")]
    [InlineData("memory: 768Mi", "768Mi")]
    [InlineData("memory: 1G", "1G")]
    public void Memory_MbMeansMebibytes_QuantitiesPassThrough(string line, string rendered)
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\n" + line));
        var resources = Container("web").Resources;
        Assert.Equal(rendered, resources.Requests["memory"].ToString());
        Assert.Equal(rendered, resources.Limits["memory"].ToString());
    }

    [Fact]
    public void Defaults_AreDocumentedRequestsAndOneReplica()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1"));
        var deployment = _fleet.Single<V1Deployment>("eks-use1", "web");
        Assert.Equal(1, deployment.Spec.Replicas);
        Assert.Equal("250m", Container("web").Resources.Requests["cpu"].ToString());
        Assert.Equal("256Mi", Container("web").Resources.Requests["memory"].ToString());
    }

    [Fact]
    public void Ports_ShortAndLongForms_BecomeNamedContainerAndServicePorts()
    {
        _fleet.WithApps("a.yaml", Apps("""
            image: r.example.com/web:1
            ports:
              - 8080: true
              - internal_port: 9090
                publicly_accessible: false
                name: metrics
              - { internal_port: 5353, protocol: UDP }
            """));

        Assert.Equal(
            [("http-8080", 8080, "TCP"), ("udp-5353", 5353, "UDP"), ("metrics", 9090, "TCP")],
            Container("web").Ports.Select(p => (p.Name, p.ContainerPort, p.Protocol)).OrderBy(p => p.ContainerPort == 8080 ? 0 : p.ContainerPort));
        var service = _fleet.Single<V1Service>("eks-use1", "web");
        Assert.Equal(
            [("udp-5353", 5353, "udp-5353"), ("http-8080", 8080, "http-8080"), ("metrics", 9090, "metrics")],
            service.Spec.Ports.Select(p => (p.Name, p.Port, p.TargetPort.Value)));
        var ingressPort = Assert.Single(Assert.Single(_fleet.Single<V1Ingress>("eks-use1", "web").Spec.Rules).Http.Paths).Backend.Service.Port.Number;
        Assert.Equal(8080, ingressPort);
    }

    [Fact]
    public void Ports_None_MeansNoServiceNoIngressNoProbe()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/worker:1"));
        var kinds = _fleet.Objects("eks-use1", "web").Select(o => o.Kind).ToList();
        Assert.DoesNotContain("Service", kinds);
        Assert.DoesNotContain("Ingress", kinds);
        Assert.Null(Container("web").ReadinessProbe);
    }

    [Fact]
    public void Ports_PrivateOnly_MeansServiceButNoIngress()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\nports:\n  - 8080: false"));
        var kinds = _fleet.Objects("gke-euw1", "web").Select(o => o.Kind).ToList();
        Assert.Contains("Service", kinds);
        Assert.DoesNotContain("Ingress", kinds);
        Assert.Null(_fleet.Single<V1Service>("gke-euw1", "web").Metadata.Annotations);
    }

    [Fact]
    public void Instances_MinBelowMax_AddsAnHpaOwningTheReplicasAndAPdb()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\nmin_running_instances: 2\nmax_running_instances: 10"));
        var deployment = _fleet.Single<V1Deployment>("eks-use1", "web");
        var hpa = _fleet.Single<V2HorizontalPodAutoscaler>("eks-use1", "web");
        var pdb = _fleet.Single<V1PodDisruptionBudget>("eks-use1", "web");

        Assert.Null(deployment.Spec.Replicas);
        Assert.Equal((2, 10, "web"), (hpa.Spec.MinReplicas, hpa.Spec.MaxReplicas, hpa.Spec.ScaleTargetRef.Name));
        Assert.Equal(70, Assert.Single(hpa.Spec.Metrics).Resource.Target.AverageUtilization);
        Assert.Equal("1", pdb.Spec.MaxUnavailable.Value);
        Assert.Equal(deployment.Spec.Selector.MatchLabels, pdb.Spec.Selector.MatchLabels);
    }

    [Fact]
    public void Instances_EqualMinAndMax_FixReplicasWithoutHpa()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\nmin_running_instances: 3\nmax_running_instances: 3"));
        Assert.Equal(3, _fleet.Single<V1Deployment>("eks-use1", "web").Spec.Replicas);
        Assert.Empty(_fleet.Objects("eks-use1", "web").OfType<V2HorizontalPodAutoscaler>());
        Assert.Single(_fleet.Objects("eks-use1", "web").OfType<V1PodDisruptionBudget>());
    }

    [Fact]
    public void Instances_OnlyMin_RaisesMaxToMatch()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\nmin_running_instances: 4"));
        Assert.Equal(4, _fleet.Single<V1Deployment>("eks-use1", "web").Spec.Replicas);
    }

    [Fact]
    public void HealthChecks_HttpAndTcpWithTimings_BecomeProbesAndLoadBalancerChecks()
    {
        _fleet.WithApps("a.yaml", Apps("""
            image: r.example.com/web:1
            ports:
              - 8080: true
              - 9901: false
            healthchecks:
              readiness_probe:
                type: { http: { port: 9901, path: /ready } }
                initial_delay_seconds: 1
                period_seconds: 7
                timeout_seconds: 2
                success_threshold: 2
                failure_threshold: 4
              liveness_probe:
                type: { tcp: { port: 8080 } }
            """));
        var container = Container("web");
        var readiness = container.ReadinessProbe;
        Assert.Equal(("/ready", "http-9901"), (readiness.HttpGet.Path, readiness.HttpGet.Port.Value));
        Assert.Equal((1, 7, 2, 2, 4), (readiness.InitialDelaySeconds, readiness.PeriodSeconds, readiness.TimeoutSeconds, readiness.SuccessThreshold, readiness.FailureThreshold));
        Assert.Equal("http-8080", container.LivenessProbe.TcpSocket.Port.Value);
        Assert.Equal((5, 10, 5, 1, 3), (container.LivenessProbe.InitialDelaySeconds, container.LivenessProbe.PeriodSeconds, container.LivenessProbe.TimeoutSeconds, container.LivenessProbe.SuccessThreshold, container.LivenessProbe.FailureThreshold));

        var alb = _fleet.Single<V1Ingress>("eks-use1", "web").Metadata.Annotations;
        Assert.Equal("/ready", alb["alb.ingress.kubernetes.io/healthcheck-path"]);
        Assert.Equal("9901", alb["alb.ingress.kubernetes.io/healthcheck-port"]);
        Assert.Equal("200-399", alb["alb.ingress.kubernetes.io/success-codes"]);
        var gce = _fleet.Single<FleetInfra.Core.Rendering.CustomResources.BackendConfig>("gke-euw1", "web").Spec.HealthCheck;
        Assert.Equal(("/ready", 9901, 7, 2, 2, 4), (gce.RequestPath, gce.Port, gce.CheckIntervalSec!.Value, gce.TimeoutSec!.Value, gce.HealthyThreshold!.Value, gce.UnhealthyThreshold!.Value));
    }

    [Fact]
    public void EnvironmentAndSecrets_AreSortedAndSecretsStayReferences()
    {
        _fleet.WithApps("a.yaml", Apps("""
            image: r.example.com/web:1
            environment_variables:
              ZONE: b
              APP_MODE: live
            secrets:
              DB_PASSWORD: { secret: web-db, key: password }
            """));
        Assert.Equal(
            [("APP_MODE", "live", null), ("DB_PASSWORD", null, "web-db/password"), ("ZONE", "b", null)],
            Container("web").Env.Select(e => (e.Name, (string?)e.Value, e.ValueFrom is null ? null : $"{e.ValueFrom.SecretKeyRef.Name}/{e.ValueFrom.SecretKeyRef.Key}")));
    }

    [Fact]
    public void CustomDomains_ReplaceTheDefaultHost_AndOnlyGeneratedOnesGetAManagedCertificate()
    {
        _fleet.WithApps("a.yaml", Apps("""
            image: r.example.com/web:1
            ports: [ { 8080: true } ]
            custom_domains:
              - { domain: www.example.com, generate_certificate: true }
              - { domain: legacy.example.com, generate_certificate: false }
            """));
        var eks = _fleet.Single<V1Ingress>("eks-use1", "web");
        Assert.Equal(["legacy.example.com", "www.example.com"], eks.Spec.Rules.Select(r => r.Host));
        Assert.Equal(["legacy.example.com", "www.example.com"], Assert.Single(eks.Spec.Tls).Hosts);
        var certificate = _fleet.Single<FleetInfra.Core.Rendering.CustomResources.ManagedCertificate>("gke-euw1", "web");
        Assert.Equal(["www.example.com"], certificate.Spec.Domains);
    }

    [Fact]
    public void SecondPublicPort_GetsItsOwnDefaultHost()
    {
        _fleet.WithApps("a.yaml", Apps("image: r.example.com/web:1\nports:\n  - 8080: true\n  - 8443: true"));
        Assert.Equal(
            [("web.eks-use1.dev.example.com", 8080), ("web-8443.eks-use1.dev.example.com", 8443)],
            _fleet.Single<V1Ingress>("eks-use1", "web").Spec.Rules.Select(r => (r.Host, r.Http.Paths[0].Backend.Service.Port.Number ?? 0)));
    }
}
