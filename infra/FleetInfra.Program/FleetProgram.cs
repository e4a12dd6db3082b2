using System.Collections.Immutable;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Fleet;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using Pulumi;

namespace FleetInfra.Program;

/// <summary>
/// The Pulumi program: reads the stack's <c>fleet:</c> config, plans with the core exactly as <c>fleet plan</c> does,
/// and creates one cluster component and one <see cref="ApplicationFleet"/> per cluster.
/// </summary>
internal static class FleetProgram
{
    /// <summary>The stack files' folder below the repository root (<c>stackConfigDir</c> in Pulumi.yaml); <c>fleet:appsDir</c> is relative to it.</summary>
    public const string StackConfigDirectory = "stacks";

    /// <summary>Stack output holding one cluster's kubeconfig (a secret): <c>kubeconfig-&lt;cluster&gt;</c>.</summary>
    public static string KubeconfigOutput(string cluster) => $"kubeconfig-{cluster}";

    public static IDictionary<string, object?> Run()
    {
        // Pulumi starts the program in its project folder; from the root, file paths in messages read as the CLI prints them.
        var repositoryRoot = RepositoryRoot.Find(Directory.GetCurrentDirectory());
        Directory.SetCurrentDirectory(repositoryRoot);
        return Run(Deployment.Instance.StackName, PulumiStackConfig.Read(new Config(StackKeys.Namespace)), repositoryRoot);
    }

    public static IDictionary<string, object?> Run(string stackName, IReadOnlyDictionary<string, string> fleetConfig, string repositoryRoot)
    {
        var result = Load(stackName, fleetConfig, repositoryRoot);
        foreach (var warning in result.Diagnostics.Where(d => !d.IsError))
        {
            Log.Warn(warning.ToString());
        }

        if (!result.Succeeded)
        {
            // A RunException stops the program with its message only, no stack trace: the same lines `fleet validate` prints.
            throw new RunException(string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        }

        return Provision(result.Plan!);
    }

    /// <summary>Config to plan, collecting every problem; creates nothing.</summary>
    public static LoadResult Load(string stackName, IReadOnlyDictionary<string, string> fleetConfig, string repositoryRoot)
    {
        var diagnostics = new DiagnosticBag();
        var stacksFolder = Path.Combine(repositoryRoot, StackConfigDirectory);
        var stack = PulumiStackConfig.Parse(stackName, fleetConfig, stacksFolder, diagnostics);

        // An apps-only stack plans with its base's stack file from the repository; its live clusters come through a StackReference.
        stack = stack is null || diagnostics.HasErrors ? stack : FleetLoader.WithBase(stack, stacksFolder, null, diagnostics);
        FleetPlan? plan = null;
        if (stack is not null)
        {
            var intents = FleetLoader.LoadIntents(stack.AppsDirectory, diagnostics);
            // The repository's other stacks too: two stacks must never publish one host into one zone.
            var otherStacks = FleetLoader.OtherStackClaims(Path.Combine(repositoryRoot, StackConfigDirectory), stackName, knownIntents: (stack.AppsDirectory, intents));
            plan = FleetPlanner.Plan(stack, intents, diagnostics, otherStacks);
        }

        return new LoadResult(diagnostics.HasErrors ? null : plan, stack, diagnostics.ToImmutableSorted());
    }

    /// <summary>
    /// Creates the plan's clusters and fleets. Outputs: <c>clusters</c> (per cluster its cloud name, endpoint, OIDC
    /// issuer and load balancer addresses), <c>kubeconfig-&lt;cluster&gt;</c> (secret) and <c>appUrls</c> (per public app).
    /// </summary>
    public static IDictionary<string, object?> Provision(FleetPlan plan)
    {
        if (plan.ClustersFrom is not null)
        {
            return AppsOnlyProgram.Provision(plan);
        }

        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        var clusters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var cluster in plan.Clusters)
        {
            var (component, contract) = CreateCluster(cluster, plan);

            // The fleet's Namespaces (and through them every object) wait for the whole cluster: node groups and add-ons.
            var fleet = new ApplicationFleet(
                cluster.Name,
                new ApplicationFleetArgs { Cluster = cluster, Provider = contract.Provider },
                new ComponentResourceOptions { DependsOn = { component } });

            clusters[cluster.Name] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["provider"] = cluster.Provider.ToString().ToLowerInvariant(),
                ["name"] = contract.ClusterName,
                ["endpoint"] = contract.Endpoint,
                ["oidcIssuer"] = contract.OidcIssuer,
                ["loadBalancers"] = fleet.LoadBalancerAddresses,
            };
            outputs[KubeconfigOutput(cluster.Name)] = Output.CreateSecret(contract.Kubeconfig);
        }

        outputs["clusters"] = clusters;
        outputs["appUrls"] = AppUrls(plan);
        return outputs;
    }

    /// <summary>Per public app, its URLs on every cluster.</summary>
    internal static ImmutableDictionary<string, ImmutableArray<string>> AppUrls(FleetPlan plan) =>
        plan.Clusters
            .SelectMany(cluster => cluster.Apps.Where(a => a.IsPublic))
            .GroupBy(app => app.Name, StringComparer.Ordinal)
            .ToImmutableDictionary(
                apps => apps.Key,
                apps => apps.SelectMany(a => a.Routes.Select(r => $"https://{r.Host}")).Distinct().Order(StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);

    private static (ComponentResource Component, IKubernetesCluster Contract) CreateCluster(ClusterPlan cluster, FleetPlan plan)
    {
        var protect = plan.Protect;
        // The same advice fleet validate prints (public hosts without a DNS zone) shows in pulumi preview and up.
        foreach (var advice in cluster.Addons.Advice)
        {
            Log.Warn(advice.ToString());
        }

        switch (cluster.Provider)
        {
            case CloudProvider.Eks:
                var eks = new EksCluster(cluster.Name, new EksClusterArgs { Cluster = cluster.Cluster, Protect = protect, Addons = cluster.Addons, Teams = plan.Teams });
                return (eks, eks);
            case CloudProvider.Gke:
                var gke = new GkeCluster(cluster.Name, new GkeClusterArgs { Cluster = cluster.Cluster, Protect = protect, Addons = cluster.Addons });
                return (gke, gke);
            default:
                throw new ArgumentOutOfRangeException(nameof(cluster), cluster.Provider, "unknown cloud provider");
        }
    }
}
