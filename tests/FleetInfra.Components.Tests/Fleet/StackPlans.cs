using FleetInfra.Core.Planning;

namespace FleetInfra.Components.Tests.Fleet;

/// <summary>The sample stacks of the repository (<c>stacks/Pulumi.*.yaml</c>) planned by the core, as the CLI does.</summary>
public static class StackPlans
{
    public static readonly string[] Stacks = ["dev", "staging", "prod"];

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string StackFile(string stack) => Path.Combine(RepositoryRoot, "stacks", $"Pulumi.{stack}.yaml");

    public static FleetPlan Plan(string stack) => FleetLoader.Load(StackFile(stack)).PlanOrThrow();

    public static ClusterPlan Cluster(string stack, string cluster) => Plan(stack).Clusters.Single(c => c.Name == cluster);

    /// <summary>Every (stack, cluster) pair of the sample stacks.</summary>
    public static TheoryData<string, string> Clusters()
    {
        var data = new TheoryData<string, string>();
        foreach (var stack in Stacks)
        {
            foreach (var cluster in Plan(stack).Clusters)
            {
                data.Add(stack, cluster.Name);
            }
        }

        return data;
    }

    private static string FindRepositoryRoot() =>
        FleetInfra.Core.Config.ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no Pulumi.yaml above the test binaries");
}
