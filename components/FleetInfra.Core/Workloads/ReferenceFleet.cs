using System.Globalization;
using System.Text;

namespace FleetInfra.Core.Workloads;

/// <summary>
/// The reference workload of the performance targets: C clusters (the first half EKS, the rest GKE) each running
/// the same A public web apps. Written as an ordinary stack file and intents folder, so the normal loader reads it.
/// </summary>
public sealed record ReferenceFleet(int Clusters, int Apps)
{
    public const string StackName = "bench";

    public const string StackFileName = "Pulumi.bench.yaml";

    public const string AppsFolderName = "apps";

    /// <summary>Apps per intents file: about 150 KB and 20,000 YAML nodes, far below the loader's per-file limits.</summary>
    public const int AppsPerFile = 500;

    public int EksClusters => (Clusters + 1) / 2;

    public static string ClusterName(int index, bool eks) =>
        string.Create(CultureInfo.InvariantCulture, $"{(eks ? "eks" : "gke")}-{index:D4}");

    public static string AppName(int index) => string.Create(CultureInfo.InvariantCulture, $"app-{index}");

    /// <summary>Writes <c>Pulumi.bench.yaml</c> and <c>apps/apps-NNNN.yaml</c> into the folder; returns the stack file's path.</summary>
    public string WriteTo(string directory)
    {
        var apps = Path.Combine(directory, AppsFolderName);
        Directory.CreateDirectory(apps);
        foreach (var stale in Directory.EnumerateFiles(apps, "apps-*.yaml"))
        {
            File.Delete(stale);
        }

        var stackFile = Path.Combine(directory, StackFileName);
        File.WriteAllText(stackFile, StackYaml());
        foreach (var (fileName, yaml) in IntentFiles())
        {
            File.WriteAllText(Path.Combine(apps, fileName), yaml);
        }

        return stackFile;
    }

    /// <summary>
    /// Write the clusters through three cluster classes (<c>fleet generate --classes</c>): one line per cluster, no copy
    /// of its settings; the fleet renders exactly what the written-out one renders.
    /// </summary>
    public bool WithClasses { get; init; }

    public string StackYaml()
    {
        if (WithClasses)
        {
            return ClassStackYaml();
        }

        var yaml = new StringBuilder(Header("fleet generate"));
        yaml.Append("  fleet:clusters:\n");
        for (var i = 0; i < Clusters; i++)
        {
            var eks = i < EksClusters;
            yaml.Append(CultureInfo.InvariantCulture, $"    - name: {ClusterName(i + 1, eks)}\n");
            if (eks)
            {
                yaml.Append("""
                          provider: eks
                          region: us-east-1
                          kubernetesVersion: "1.33"
                          apiAccessCidrs: [203.0.113.0/24]
                          nodeGroups:
                            - { name: general, instanceTypes: [m6i.large], minSize: 3, maxSize: 6 }

                    """);
            }
            else
            {
                yaml.Append("""
                          provider: gke
                          project: fleet-bench
                          region: europe-west1
                          kubernetesVersion: "1.33"
                          apiAccessCidrs: [203.0.113.0/24]
                          nodeGroups:
                            - { name: general, instanceTypes: [e2-standard-4], minSize: 3, maxSize: 6 }

                    """);
            }
        }

        return yaml.ToString();
    }

    private string ClassStackYaml()
    {
        var yaml = new StringBuilder(Header("fleet generate --classes"));
        yaml.Append("""
              fleet:clusterClasses:
                eks-standard:
                  provider: eks
                  kubernetesVersion: "1.33"
                  apiAccessCidrs: [203.0.113.0/24]
                  nodeGroups:
                    - { name: general, instanceTypes: [m6i.large], minSize: 3, maxSize: 6 }
                eks-canary: { class: eks-standard, labels: { canary: "true" } }
                gke-standard:
                  provider: gke
                  kubernetesVersion: "1.33"
                  apiAccessCidrs: [203.0.113.0/24]
                  nodeGroups:
                    - { name: general, instanceTypes: [e2-standard-4], minSize: 3, maxSize: 6 }
              fleet:clusters:

            """);
        for (var i = 0; i < Clusters; i++)
        {
            var eks = i < EksClusters;
            var name = ClusterName(i + 1, eks);
            yaml.Append(eks
                ? $"    - {{ name: {name}, class: {(i == 0 ? "eks-canary" : "eks-standard")}, region: us-east-1 }}\n"
                : $"    - {{ name: {name}, class: gke-standard, region: europe-west1, project: fleet-bench }}\n");
        }

        return yaml.ToString();
    }

    /// <summary>The stack's keys before its clusters, the same with classes or without.</summary>
    private static string Header(string generatedBy) => $$"""
        # Reference workload for the performance targets (docs/performance.md); generated by '{{generatedBy}}'.
        config:
          aws:region: us-east-1
          gcp:project: fleet-bench
          gcp:region: europe-west1
          fleet:environment: bench
          fleet:domain: bench.example.com
          fleet:policies: { FI009: off }   # a rendering workload: the node groups are not sized for its apps

        """;

    /// <summary>The intents, <see cref="AppsPerFile"/> apps to a file, named so that ordinal order is app order.</summary>
    public IEnumerable<(string FileName, string Yaml)> IntentFiles()
    {
        for (var first = 1; first <= Apps; first += AppsPerFile)
        {
            var yaml = new StringBuilder("application:\n");
            var last = Math.Min(Apps, first + AppsPerFile - 1);
            for (var i = first; i <= last; i++)
            {
                AppendApp(yaml, i);
            }

            yield return (string.Create(CultureInfo.InvariantCulture, $"apps-{(first - 1) / AppsPerFile + 1:D4}.yaml"), yaml.ToString());
        }
    }

    private static void AppendApp(StringBuilder yaml, int i)
    {
        var name = AppName(i);
        yaml.Append(CultureInfo.InvariantCulture, $"""
              {name}:
                image: registry.example.com/{name}:1.{i}
                cpu: {250 + 50 * (i % 4)}m
                memory: 256Mi
                ports:
                  - internal_port: 8080
                    publicly_accessible: true
                    name: http
                min_running_instances: 3
                max_running_instances: 3
                healthchecks:
                  readiness_probe:
                    type:
                      http:
                        port: 8080
                        path: /healthz
                environment_variables:
                  APP_INDEX: "{i}"

            """);
    }
}
