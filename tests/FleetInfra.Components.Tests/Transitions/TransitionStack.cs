using System.Collections.Immutable;
using System.Text;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>An app of a transition test's stack: a pinned image on port 8080 with an HTTP readiness probe.</summary>
internal sealed record TransitionApp(string Name, bool Public = true, int Min = 1, int Max = 3)
{
    public ImmutableArray<string> CustomDomains { get; init; } = [];

    /// <summary><c>always</c> opts the app out of the stack's working hours.</summary>
    public bool AlwaysOn { get; init; }

    /// <summary>The app's <c>vertical_scaling</c>; null leaves it off.</summary>
    public string? VerticalScaling { get; init; }

    /// <summary>The app's <c>autoscaling.queue</c> as YAML flow, like <c>{ type: sqs, url: ..., messages_per_replica: 10 }</c>; null for none.</summary>
    public string? Queue { get; init; }

    public string Intent()
    {
        var yaml = new StringBuilder()
            .AppendLine("application:")
            .AppendLine($"  {Name}:")
            .AppendLine($"    image: registry.example.com/acme/{Name}:1.0.0")
            .AppendLine("    cpu: 250m")
            .AppendLine("    memory: 256Mi")
            .AppendLine("    ports:")
            .AppendLine($"      - 8080: {(Public ? "true" : "false")}")
            .AppendLine($"    min_running_instances: {Min}")
            .AppendLine($"    max_running_instances: {Max}")
            .AppendLine("    healthchecks:")
            .AppendLine("      readiness_probe:")
            .AppendLine("        type:")
            .AppendLine("          http:")
            .AppendLine("            port: 8080")
            .AppendLine("            path: /ready");
        if (AlwaysOn)
        {
            yaml.AppendLine("    schedule: always");
        }

        if (VerticalScaling is not null)
        {
            yaml.AppendLine($"    vertical_scaling: {VerticalScaling}");
        }

        if (Queue is not null)
        {
            yaml.AppendLine("    autoscaling:");
            yaml.AppendLine($"      queue: {Queue}");
        }

        if (!CustomDomains.IsEmpty)
        {
            yaml.AppendLine("    custom_domains:");
            foreach (var domain in CustomDomains)
            {
                yaml.AppendLine($"      - {{ domain: {domain}, generate_certificate: true }}");
            }
        }

        return yaml.ToString();
    }
}

/// <summary>
/// The stack file and intents of one side of a transition: one EKS and one GKE cluster writing to a Route 53 zone and a
/// Cloud DNS zone, each running the apps listed for it. Every knob a transition turns is a property.
/// </summary>
internal sealed record TransitionStack
{
    public string Name { get; init; } = "dev";

    public string Domain { get; init; } = "dev.example.com";

    public string Route53ZoneId { get; init; } = "Z0DEVEXAMPLE0000000001";

    public string GcpProject { get; init; } = "acme-dev";

    public string KubernetesVersion { get; init; } = "1.33";

    public int EksDesiredSize { get; init; } = 2;

    public int GkeDesiredSize { get; init; } = 2;

    /// <summary>The EKS cluster's own ACM certificate (<c>certificateArn</c>), instead of the one FleetInfra creates.</summary>
    public string? EksCertificateArn { get; init; }

    /// <summary>The stack's working hours (KEDA scales apps to zero outside them).</summary>
    public bool Schedule { get; init; }

    /// <summary><c>fleet:headroom</c> as flow YAML, like <c>{ cpu: 1, memory: 2Gi }</c>; null keeps none.</summary>
    public string? Headroom { get; init; }

    /// <summary>The <c>headroom</c> of the EKS cluster's node group, as flow YAML; null keeps none.</summary>
    public string? EksGroupHeadroom { get; init; }

    /// <summary><c>fleet:addons</c> switches, by key (<c>metricsServer</c>, <c>nodeAutoscaler</c>, <c>dns</c>, ...).</summary>
    public ImmutableSortedDictionary<string, bool> Addons { get; init; } = ImmutableSortedDictionary<string, bool>.Empty;

    public ImmutableArray<TransitionApp> Apps { get; init; } =
        [new("web"), new("api", Min: 2, Max: 6), new("store"), new("worker", Public: false, Min: 1, Max: 1) { AlwaysOn = true }];

    /// <summary>The apps of the EKS cluster <c>eks-use1</c>.</summary>
    public ImmutableArray<string> EksApps { get; init; } = ["web", "api", "worker"];

    /// <summary>The apps of the GKE cluster <c>gke-euw1</c>.</summary>
    public ImmutableArray<string> GkeApps { get; init; } = ["api", "store", "worker"];

    public TransitionStack WithApp(string name, Func<TransitionApp, TransitionApp> change) =>
        this with { Apps = [.. Apps.Select(app => app.Name == name ? change(app) : app)] };

    public TransitionStack WithAddon(string key, bool on) => this with { Addons = Addons.SetItem(key, on) };

    public string StackFile()
    {
        var yaml = new StringBuilder()
            .AppendLine("config:")
            .AppendLine("  aws:region: us-east-1")
            .AppendLine($"  gcp:project: {GcpProject}")
            .AppendLine($"  fleet:domain: {Domain}")
            .AppendLine("  fleet:allowedDomains: [shop.example.com]")
            .AppendLine("  fleet:dns:")
            .AppendLine($"    route53: {{ zoneName: example.com, zoneId: {Route53ZoneId} }}")
            .AppendLine("    cloudDns: { zoneName: example.com, managedZone: example-com, project: acme-dns }");
        if (Schedule)
        {
            yaml.AppendLine("  fleet:schedule: { active: \"Mon-Fri 07:00-20:00\", timezone: Europe/Paris }");
        }

        if (Headroom is not null)
        {
            yaml.AppendLine($"  fleet:headroom: {Headroom}");
        }

        if (!Addons.IsEmpty)
        {
            yaml.AppendLine($"  fleet:addons: {{ {string.Join(", ", Addons.Select(a => $"{a.Key}: {(a.Value ? "true" : "false")}"))} }}");
        }

        return yaml
            .AppendLine("  fleet:clusters:")
            .AppendLine("    - name: eks-use1")
            .AppendLine("      provider: eks")
            .AppendLine("      region: us-east-1")
            .AppendLine($"      kubernetesVersion: \"{KubernetesVersion}\"")
            .AppendLine($"      nodeGroups: [{{ name: general, instanceTypes: [m6i.xlarge], minSize: 1, maxSize: 6, desiredSize: {EksDesiredSize}{(EksGroupHeadroom is null ? "" : $", headroom: {EksGroupHeadroom}")} }}]")
            .AppendLine(EksCertificateArn is null ? "" : $"      certificateArn: {EksCertificateArn}")
            .AppendLine($"      apps: [{string.Join(", ", EksApps)}]")
            .AppendLine("    - name: gke-euw1")
            .AppendLine("      provider: gke")
            .AppendLine($"      project: {GcpProject}")
            .AppendLine("      region: europe-west1")
            .AppendLine($"      kubernetesVersion: \"{KubernetesVersion}\"")
            .AppendLine($"      nodeGroups: [{{ name: general, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 6, desiredSize: {GkeDesiredSize} }}]")
            .AppendLine($"      apps: [{string.Join(", ", GkeApps)}]")
            .ToString();
    }

    /// <summary>Writes the stack into a fresh folder laid out like the repository (<c>stacks/Pulumi.NAME.yaml</c>, <c>stacks/apps/</c>).</summary>
    public string WriteTo(string root)
    {
        var apps = Directory.CreateDirectory(Path.Combine(root, "stacks", "apps"));
        File.WriteAllText(Path.Combine(root, "Pulumi.yaml"), "name: fleetinfra\nruntime: dotnet\n");
        var stackFile = Path.Combine(root, "stacks", $"Pulumi.{Name}.yaml");
        File.WriteAllText(stackFile, StackFile());
        foreach (var app in Apps)
        {
            File.WriteAllText(Path.Combine(apps.FullName, $"{app.Name}.yaml"), app.Intent());
        }

        return stackFile;
    }
}
