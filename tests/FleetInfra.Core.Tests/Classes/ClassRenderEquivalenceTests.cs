using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Tests.Classes;

/// <summary>
/// A fleet written through cluster classes renders byte for byte what the same fleet written out in full renders:
/// classes are a way of writing a stack, never a change to what runs.
/// </summary>
public sealed class ClassRenderEquivalenceTests
{
    private static readonly System.Collections.Immutable.ImmutableSortedDictionary<string, Core.Diagnostics.SourceLocation> NoSources =
        System.Collections.Immutable.ImmutableSortedDictionary<string, Core.Diagnostics.SourceLocation>.Empty;

    private static readonly string Root = ProjectRoot.Find(AppContext.BaseDirectory)!;

    [Fact]
    public void SampleProd_WrittenWithClasses_RendersByteForByteTheSame()
    {
        var written = Render(Path.Combine(Root, "stacks", "Pulumi.prod.yaml"));
        var withClasses = Render(Path.Combine(Root, "tests", "FleetInfra.Core.Tests", "Classes", "Fixtures", "prod", "Pulumi.prod.yaml"));

        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), withClasses.Keys.Order(StringComparer.Ordinal));
        Assert.All(written, file => Assert.True(file.Value == withClasses[file.Key], $"{file.Key} differs"));
        Assert.NotEmpty(written);
    }

    [Fact]
    public void SampleProd_WrittenWithClasses_PlansTheSameClusters()
    {
        var written = Plan(Path.Combine(Root, "stacks", "Pulumi.prod.yaml"));
        var withClasses = Plan(Path.Combine(Root, "tests", "FleetInfra.Core.Tests", "Classes", "Fixtures", "prod", "Pulumi.prod.yaml"));

        Assert.Equal(written.Clusters.Select(Settings), withClasses.Clusters.Select(Settings));
        Assert.Equal([null, null, null], written.Clusters.Select(c => c.Cluster.Class));
        Assert.Equal(["eks-standard", "eks-standard", "gke-standard"], withClasses.Clusters.Select(c => c.Cluster.Class));
    }

    /// <summary>What a cluster is and runs, leaving out where it is written.</summary>
    private static string Settings(ClusterPlan plan)
    {
        var c = plan.Cluster;
        return string.Join(" | ",
            c.Name, c.Provider, c.Region, c.Project, c.KubernetesVersion, c.ReleaseChannel, c.RbacSecurityGroup, c.CertificateArn, c.PrivateNodes, c.VpcCidr,
            string.Join(",", c.ApiAccessCidrs), string.Join(",", c.AdminRoleArns), c.Addons, string.Join(",", plan.Apps.Select(a => a.Name)),
            string.Join(";", c.NodeGroups.Select(g => $"{g.Name}:{string.Join(",", g.InstanceTypes)}:{g.MinSize}-{g.DesiredSize}-{g.MaxSize}:{g.Spot}:{g.DiskSizeGb}")));
    }

    private static FleetPlan Plan(string stackFile) => FleetLoader.Load(stackFile).PlanOrThrow();

    private static Dictionary<string, string> Render(string stackFile) =>
        FleetRenderer.Render(Plan(stackFile))
            .SelectMany(c => c.Files.Select(f => (Path: $"{c.Name}/{f.RelativePath}", f.Yaml)))
            .ToDictionary(f => f.Path, f => f.Yaml, StringComparer.Ordinal);
}
