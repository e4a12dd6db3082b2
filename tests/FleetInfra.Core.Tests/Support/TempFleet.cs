using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using k8s;

namespace FleetInfra.Core.Tests.Support;

/// <summary>A throwaway stack folder: a stack file and intent files, loaded through the real loader.</summary>
public sealed class TempFleet : IDisposable
{
    public const string EksCluster = """
            - name: eks-use1
              provider: eks
              region: us-east-1
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              nodeGroups:
                - { name: general, instanceTypes: [m6i.xlarge], minSize: 2, maxSize: 6, desiredSize: 3 }
        """;

    public const string GkeCluster = """
            - name: gke-euw1
              provider: gke
              project: acme-dev
              region: europe-west1
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              nodeGroups:
                - { name: general, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 5, spot: true }
        """;

    /// <summary><c>fleet:dns</c> with a Route 53 and a Cloud DNS zone for <c>example.com</c>, for <see cref="Stack"/>'s extra config.</summary>
    public const string Zones = """
          fleet:dns:
            route53: { zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ }
            cloudDns: { zoneName: example.com, managedZone: example-com, project: acme-dns }
        """;

    /// <summary><see cref="EksCluster"/> or <see cref="GkeCluster"/> under another name, quoted so that names like <c>no</c> stay text.</summary>
    public static string Renamed(string cluster, string name) =>
        cluster.Replace("- name: eks-use1\n", $"- name: \"{name}\"\n", StringComparison.Ordinal)
            .Replace("- name: gke-euw1\n", $"- name: \"{name}\"\n", StringComparison.Ordinal);

    private readonly string _previousDirectory = Directory.GetCurrentDirectory();

    public TempFleet()
    {
        Root = Path.Combine(Path.GetTempPath(), "fleet-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "apps"));
    }

    public string Root { get; }

    public string StackFile => Path.Combine(Root, "Pulumi.test.yaml");

    /// <summary>
    /// The default stack: both providers, a registry, a tag and a domain; custom domains under example.com and example.org are allowed
    /// (the last line, so that the lines of everything else stay put).
    /// </summary>
    public static string Stack(string extraConfig = "", string? clusters = null) => $"""
        config:
          fleet:imageRegistry: registry.example.com/acme
          fleet:imageTag: "2026.11.25"
          fleet:domain: dev.example.com
        {extraConfig}
          fleet:clusters:
        {clusters ?? EksCluster + "\n" + GkeCluster}
          fleet:allowedDomains: [example.com, example.org]
        """;

    public TempFleet WithStack(string yaml)
    {
        File.WriteAllText(StackFile, yaml);
        return this;
    }

    public TempFleet WithApps(string fileName, string yaml)
    {
        var path = Path.Combine(Root, "apps", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml);
        return this;
    }

    /// <summary>Loads from inside the folder so diagnostics carry short relative paths like <c>apps/a.yaml</c>.</summary>
    /// <param name="stackName">The stack the file is loaded as (default: from the file name, <c>test</c>).</param>
    public LoadResult Load(string? stackName = null)
    {
        Directory.SetCurrentDirectory(Root);
        try
        {
            return FleetLoader.Load(StackFile, stackName: stackName);
        }
        finally
        {
            Directory.SetCurrentDirectory(_previousDirectory);
        }
    }

    /// <summary>The error lines, as the CLI prints them.</summary>
    public IReadOnlyList<string> Errors(string? stackName = null) => [.. Load(stackName).Diagnostics.Where(d => d.IsError).Select(d => d.ToString())];

    public FleetPlan Plan()
    {
        var result = Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    public ClusterPlan Cluster(string name) => Plan().Clusters.Single(c => c.Name == name);

    /// <summary>Every object rendered for one app on one cluster.</summary>
    public IReadOnlyList<IKubernetesObject> Objects(string cluster, string app)
    {
        var plan = Cluster(cluster);
        return ClusterManifests.ForApp(plan, plan.Apps.Single(a => a.Name == app), IIngressManifests.For(plan.Ingress));
    }

    public T Single<T>(string cluster, string app) => Objects(cluster, app).OfType<T>().Single();

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
