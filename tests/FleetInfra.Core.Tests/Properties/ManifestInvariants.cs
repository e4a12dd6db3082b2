using System.Text.RegularExpressions;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>What must hold for every rendered cluster, whatever the input: references resolve and names are valid.</summary>
public static partial class ManifestInvariants
{
    private static readonly string[] EksForbidden = ["cloud.google.com/", "networking.gke.io", "kubernetes.io/ingress.class"];

    private static readonly string[] GkeForbidden = ["alb.ingress.kubernetes.io/"];

    public static void Check(ClusterPlan cluster, IReadOnlyList<ManifestFile> files, IReadOnlyList<(string RelativePath, string Yaml)> rendered)
    {
        var objects = files.SelectMany(f => f.Objects).ToList();
        Assert.All(objects, CheckName);

        var deployments = objects.OfType<V1Deployment>().ToDictionary(d => (d.Metadata.NamespaceProperty, d.Metadata.Name));
        var services = objects.OfType<V1Service>().ToDictionary(s => (s.Metadata.NamespaceProperty, s.Metadata.Name));
        Assert.Equal(cluster.Apps.Length, deployments.Count);

        foreach (var deployment in deployments.Values)
        {
            var podLabels = deployment.Spec.Template.Metadata.Labels;
            Assert.True(Selects(deployment.Spec.Selector.MatchLabels, podLabels), $"Deployment {deployment.Metadata.Name}: selector does not match its pod template labels");
        }

        foreach (var service in services.Values)
        {
            var deployment = Assert.Single(deployments.Values, d => d.Metadata.NamespaceProperty == service.Metadata.NamespaceProperty);
            Assert.True(Selects(service.Spec.Selector, deployment.Spec.Template.Metadata.Labels), $"Service {service.Metadata.Name}: selector matches no pod of its Deployment");
            var containerPorts = deployment.Spec.Template.Spec.Containers.SelectMany(c => c.Ports ?? []).Select(p => p.Name).ToHashSet();
            Assert.All(service.Spec.Ports, p => Assert.Contains(p.TargetPort.Value, containerPorts));
        }

        foreach (var ingress in objects.OfType<V1Ingress>())
        {
            var backends = (ingress.Spec.Rules ?? []).SelectMany(r => r.Http.Paths).Select(p => p.Backend).ToList();
            if (ingress.Spec.DefaultBackend is { } fallback)
            {
                backends.Add(fallback);
            }

            Assert.NotEmpty(backends);
            foreach (var backend in backends)
            {
                Assert.True(services.TryGetValue((ingress.Metadata.NamespaceProperty, backend.Service.Name), out var service),
                    $"Ingress {ingress.Metadata.Name}: backend Service '{backend.Service.Name}' does not exist");
                Assert.Contains(service.Spec.Ports, p => backend.Service.Port.Number is { } number ? p.Port == number : p.Name == backend.Service.Port.Name);
            }
        }

        foreach (var autoscaler in objects.OfType<V2HorizontalPodAutoscaler>())
        {
            Assert.Equal("Deployment", autoscaler.Spec.ScaleTargetRef.Kind);
            Assert.True(deployments.ContainsKey((autoscaler.Metadata.NamespaceProperty, autoscaler.Spec.ScaleTargetRef.Name)),
                $"HorizontalPodAutoscaler {autoscaler.Metadata.Name}: target Deployment does not exist");
        }

        foreach (var budget in objects.OfType<V1PodDisruptionBudget>())
        {
            Assert.Contains(deployments.Values, d => d.Metadata.NamespaceProperty == budget.Metadata.NamespaceProperty
                && Selects(budget.Spec.Selector.MatchLabels, d.Spec.Template.Metadata.Labels));
        }

        var texts = rendered.ToDictionary(r => r.RelativePath, r => r.Yaml, StringComparer.Ordinal);
        Assert.Equal(files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            RenderedYamlRoundTrip.Check(file, texts[file.RelativePath]);
        }

        var forbidden = cluster.Provider == CloudProvider.Eks ? EksForbidden : GkeForbidden;
        foreach (var (path, yaml) in rendered)
        {
            Assert.All(forbidden, annotation => Assert.False(yaml.Contains(annotation, StringComparison.Ordinal),
                $"{cluster.Name}/{path}: {cluster.Provider} output contains '{annotation}'"));
        }
    }

    private static void CheckName(IKubernetesObject item)
    {
        var metadata = Assert.IsAssignableFrom<IMetadata<V1ObjectMeta>>(item).Metadata;
        var kind = item.Kind;
        var valid = kind is "Namespace" or "Service" ? DnsLabel().IsMatch(metadata.Name) && metadata.Name.Length <= 63 : DnsSubdomain().IsMatch(metadata.Name) && metadata.Name.Length <= 253;
        Assert.True(valid, $"{kind} name '{metadata.Name}' is not DNS-valid");
        if (metadata.NamespaceProperty is { } ns)
        {
            Assert.True(DnsLabel().IsMatch(ns) && ns.Length <= 63, $"{kind} {metadata.Name}: namespace '{ns}' is not a DNS label");
        }
    }

    private static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex DnsSubdomain();
}
