using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Review;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Tests.Review;

/// <summary>A suspended review environment (fleet:suspended) renders every workload at zero replicas, and nothing else differs.</summary>
public sealed partial class AppsOnlyStackTests
{
    /// <summary>gateway (2..8) keeps an HPA and orders (2..2) a fixed replica count: the two workloads without a ScaledObject.</summary>
    private const string AroundTheClock = "  fleet:appOverrides:\n    gateway: { schedule: always }\n    orders: { schedule: always }\n";

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 21, 0, 0, TimeSpan.Zero);

    private Dictionary<string, string> Rendered(string file) =>
        FleetLoader.Load(file).PlanOrThrow().Clusters
            .SelectMany(cluster => ClusterManifests.Render(cluster).SelectMany(f => f.Objects).Select(o => (Cluster: cluster.Name, Object: o)))
            .ToDictionary(o => $"{o.Cluster}/{o.Object.Kind}/{((IMetadata<V1ObjectMeta>)o.Object).Metadata.NamespaceProperty}/{((IMetadata<V1ObjectMeta>)o.Object).Metadata.Name}", o => ManifestYaml.Serialize([o.Object]), StringComparer.Ordinal);

    private string ActiveReview() => Review(extra: AroundTheClock);

    private string SuspendedReview() => Review(extra: AroundTheClock + "  fleet:suspended: true\n");

    [Fact]
    public void Suspended_PausesEveryScaledObjectAtZero_StopsTheOtherWorkloads_AndChangesNothingElse()
    {
        var active = Rendered(ActiveReview());
        var suspended = Rendered(SuspendedReview());

        // The HPA of the app without a ScaledObject is gone (nothing scales it back up); no object is added.
        Assert.Equal(["eks-use1/HorizontalPodAutoscaler/gateway-pr-7/gateway", "gke-euw1/HorizontalPodAutoscaler/gateway-pr-7/gateway"],
            active.Keys.Except(suspended.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(suspended.Keys.Except(active.Keys));

        var changed = active.Keys.Where(k => suspended.ContainsKey(k) && active[k] != suspended[k]).Order(StringComparer.Ordinal).ToList();
        var scaledObjects = active.Keys.Where(k => k.Contains("/ScaledObject/", StringComparison.Ordinal)).ToList();
        string[] stopped = ["eks-use1/Deployment/gateway-pr-7/gateway", "eks-use1/Deployment/orders-pr-7/orders", "gke-euw1/Deployment/gateway-pr-7/gateway", "gke-euw1/Deployment/orders-pr-7/orders"];
        Assert.NotEmpty(scaledObjects);
        Assert.Equal([.. scaledObjects.Concat(stopped).Order(StringComparer.Ordinal)], changed);

        // A ScaledObject only gains the pause annotation; a Deployment only its replica count (zero).
        Assert.All(scaledObjects, key => Assert.Equal(
            active[key].Replace("    scaledobject.keda.sh/transfer-hpa-ownership: \"true\"\n", "    autoscaling.keda.sh/paused-replicas: \"0\"\n    scaledobject.keda.sh/transfer-hpa-ownership: \"true\"\n", StringComparison.Ordinal),
            suspended[key]));
        Assert.Contains("  replicas: 0\n", suspended["eks-use1/Deployment/gateway-pr-7/gateway"], StringComparison.Ordinal);
        Assert.DoesNotContain("replicas:", active["eks-use1/Deployment/gateway-pr-7/gateway"], StringComparison.Ordinal);
        Assert.Equal(active["eks-use1/Deployment/orders-pr-7/orders"].Replace("  replicas: 2\n", "  replicas: 0\n", StringComparison.Ordinal), suspended["eks-use1/Deployment/orders-pr-7/orders"]);
    }

    [Fact]
    public void ActiveSuspendedActive_RendersTheSameBeforeAndAfter_AndNoWorkloadEverHasTwoAutoscalers()
    {
        var file = ActiveReview();
        var before = Rendered(file);
        File.WriteAllText(file, ReviewSuspension.Suspend(File.ReadAllText(file), out _)!);
        var suspended = Rendered(file);
        var plan = FleetLoader.Load(file).PlanOrThrow();
        File.WriteAllText(file, File.ReadAllText(file).Replace("  fleet:suspended: true\n", string.Empty, StringComparison.Ordinal));
        var after = Rendered(file);

        Assert.Equal(before, after);
        Assert.All(plan.Clusters.SelectMany(c => c.Apps), app => Assert.True(app.Scaling.Suspended));
        foreach (var render in (Dictionary<string, string>[])[before, suspended, after])
        {
            var autoscaled = render.Keys.Where(k => k.Contains("/HorizontalPodAutoscaler/", StringComparison.Ordinal) || k.Contains("/ScaledObject/", StringComparison.Ordinal))
                .Select(k => string.Join('/', k.Split('/') is var p ? [p[0], p[2], p[3]] : []));
            Assert.Equal(autoscaled.Distinct().Count(), autoscaled.Count());
        }
    }

    [Fact]
    public void IdleAfter_IsReadLikeATtl_AndDefaultsToTwoDays()
    {
        var written = FleetLoader.ParseStack(Review(extra: "  fleet:lastChangeAt: \"2026-12-01T09:30:00Z\"\n  fleet:idleAfter: 3d\n"), "pr-7", new Core.Diagnostics.DiagnosticBag())!;
        var defaulted = FleetLoader.ParseStack(Review(extra: "  fleet:lastChangeAt: \"2026-12-01T09:30:00Z\"\n"), "pr-7", new Core.Diagnostics.DiagnosticBag())!;

        Assert.Equal(new ReviewIdleness(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), TimeSpan.FromDays(3), false), ReviewIdleness.Of(written));
        Assert.Equal(TimeSpan.FromDays(2), ReviewIdleness.Of(defaulted)!.IdleAfter);
        Assert.Null(ReviewIdleness.Of(FleetLoader.ParseStack(Path.Combine(_stacks, "Pulumi.staging.yaml"), null, new Core.Diagnostics.DiagnosticBag())!));
    }

    [Fact]
    public void IsIdleAt_FromLastChangePlusIdleAfter_NeverWhenSuspendedOrWithoutALastChange()
    {
        var idleness = new ReviewIdleness(Now, TimeSpan.FromDays(2), Suspended: false);

        Assert.False(idleness.IsIdleAt(Now.AddDays(2).AddSeconds(-1)));
        Assert.True(idleness.IsIdleAt(Now.AddDays(2)));
        Assert.False((idleness with { Suspended = true }).IsIdleAt(Now.AddDays(30)));
        Assert.False((idleness with { LastChangeAt = null }).IsIdleAt(Now.AddDays(30)));
    }

    [Theory]
    [InlineData("2d", 2 * 24 * 60)]
    [InlineData("36h", 36 * 60)]
    [InlineData("90m", 90)]
    public void FormatDuration_WritesWhatReviewTtlReadsBack(string text, int minutes)
    {
        Assert.Equal(text, ReviewIdleness.FormatDuration(TimeSpan.FromMinutes(minutes)));
        Assert.Equal(TimeSpan.FromMinutes(minutes), ReviewTtl.Parse(text, out _));
    }

    [Fact]
    public void ReviewStackFile_WritesTheLastChangeAndIdleAfter_AndSuspendedOnlyWhenSo()
    {
        var baseConfig = FleetLoader.ParseStack(Path.Combine(_stacks, "Pulumi.staging.yaml"), null, new Core.Diagnostics.DiagnosticBag())!;
        var active = ReviewStackFile.Text("staging", baseConfig, Now.AddHours(1), null, new ReviewIdleness(Now, TimeSpan.FromHours(36), false));
        var suspended = ReviewStackFile.Text("staging", baseConfig, Now.AddHours(1), null, new ReviewIdleness(Now, TimeSpan.FromHours(36), true));

        Assert.Contains("  fleet:lastChangeAt: \"2026-12-07T21:00:00Z\"", active, StringComparison.Ordinal);
        Assert.Contains("  fleet:idleAfter: 36h\n", active, StringComparison.Ordinal);
        Assert.DoesNotContain("fleet:suspended", active, StringComparison.Ordinal);
        Assert.Contains("  fleet:suspended: true\n", suspended, StringComparison.Ordinal);
        var stack = FleetLoader.ParseStack(Write("pr-7", suspended), "pr-7", new Core.Diagnostics.DiagnosticBag())!;
        Assert.Equal(new ReviewIdleness(Now, TimeSpan.FromHours(36), true), ReviewIdleness.Of(stack));
    }
}
