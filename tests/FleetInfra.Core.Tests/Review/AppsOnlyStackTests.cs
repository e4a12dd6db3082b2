using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Review;

namespace FleetInfra.Core.Tests.Review;

/// <summary>An apps-only stack of the sample staging stack: the base's apps on the base's clusters, with only the review's differences.</summary>
public sealed partial class AppsOnlyStackTests : IDisposable
{
    private readonly string _stacks;

    public AppsOnlyStackTests()
    {
        var repository = ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found above the tests");
        _stacks = Directory.CreateTempSubdirectory("fleet-review-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "stacks"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_stacks, Path.GetRelativePath(Path.Combine(repository, "stacks"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_stacks, recursive: true);

    private string Write(string name, string text)
    {
        var file = Path.Combine(_stacks, $"Pulumi.{name}.yaml");
        File.WriteAllText(file, text);
        return file;
    }

    private string Review(string name = "pr-7", string baseStack = "staging", string extra = "")
    {
        var baseConfig = FleetLoader.ParseStack(Path.Combine(_stacks, $"Pulumi.{baseStack}.yaml"), null, new Core.Diagnostics.DiagnosticBag())!;
        return Write(name, ReviewStackFile.Text(baseStack, baseConfig, new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero), null) + extra);
    }

    private static string Errors(LoadResult result) => string.Join("\n", result.Diagnostics.Where(d => d.IsError));

    [Fact]
    public void Review_OwnsNoClusterAndInstallsNothing_OnTheBasesClusters()
    {
        var review = FleetLoader.Load(Review()).PlanOrThrow();
        var baseline = FleetLoader.Load(Path.Combine(_stacks, "Pulumi.staging.yaml")).PlanOrThrow();

        Assert.Equal(("staging", 0), (review.ClustersFrom, review.ClustersOwned));
        Assert.Equal(baseline.Clusters.Select(c => c.Name), review.Clusters.Select(c => c.Name));
        // Only the DNS records of its GKE hosts (AppsOnlyStackTests.Dns.cs).
        Assert.All(review.Clusters, cluster => Assert.Equal(cluster.Provider == CloudProvider.Gke ? ["dns"] : [], cluster.Addons.Decisions.Select(d => d.Need)));
        Assert.False(review.Protect);
    }

    [Fact]
    public void Review_IsTheBasesAppsWithOnlyTheExpectedDifferences()
    {
        var review = FleetLoader.Load(Review()).PlanOrThrow();
        var baseline = FleetLoader.Load(Path.Combine(_stacks, "Pulumi.staging.yaml")).PlanOrThrow();

        foreach (var (baseCluster, reviewCluster) in baseline.Clusters.Zip(review.Clusters))
        {
            Assert.Equal(baseCluster.Apps.Select(a => a.Name), reviewCluster.Apps.Select(a => a.Name));
            foreach (var (app, copy) in baseCluster.Apps.Zip(reviewCluster.Apps))
            {
                // The same workload...
                Assert.Equal((app.Image, app.Cpu, app.Memory, app.Scaling.MinReplicas, app.Scaling.MaxReplicas, app.Readiness, app.Liveness),
                    (copy.Image, copy.Cpu, copy.Memory, copy.Scaling.MinReplicas, copy.Scaling.MaxReplicas, copy.Readiness, copy.Liveness));
                Assert.Equal(app.Ports.ToArray(), copy.Ports.ToArray());
                Assert.Equal(app.Environment, copy.Environment);
                Assert.Equal(app.Secrets.Select(s => s.ToString()), copy.Secrets.Select(s => s.ToString()));
                Assert.Equal(app.AllowedFrom.ToArray(), copy.AllowedFrom.ToArray());
                Assert.Equal(app.Governance?.Owner.Name, copy.Governance?.Owner.Name);

                // ...in its own namespace, on its default host only, with the review's quota and working hours.
                Assert.Equal($"{app.Name}-pr-7", copy.Namespace);
                Assert.Equal(
                    app.IsPublic ? [$"{app.Name}-pr-7.{baseCluster.Name}.staging.example.com"] : [],
                    copy.Routes.Select(r => r.Host));
                Assert.Equal(AppsOnlyStack.DefaultQuota, copy.Governance!.Quota);
                Assert.Equal("Mon-Fri 08:00-20:00", string.Join(", ", copy.Scaling.Schedule!.Windows));
                Assert.Equal("Europe/Paris", copy.Scaling.Schedule.TimeZone);
            }
        }
    }

    [Fact]
    public void Review_OnEks_KeepsItsHostsOutOfTheSharedAlbsTls_WithoutACertificateOfTheBase()
    {
        var eks = FleetLoader.Load(Review()).PlanOrThrow().Clusters.Single(c => c.Name == "eks-use1");

        Assert.All(eks.Apps.SelectMany(a => a.Routes), route => Assert.False(route.InTls));
    }

    [Fact]
    public void Review_NetworkPoliciesAdmitThePeersOfItsOwnNamespaces()
    {
        var plan = FleetLoader.Load(Review()).PlanOrThrow();
        var cluster = plan.Clusters[0];
        var orders = cluster.Apps.Single(a => a.Name == "orders");

        var policy = Core.Rendering.NetworkPolicyManifests.ToNetworkPolicy(cluster, orders);

        var namespaces = policy.Spec.Ingress.SelectMany(rule => rule.FromProperty ?? []).Select(peer => peer.NamespaceSelector?.MatchLabels?["kubernetes.io/metadata.name"]).OfType<string>();
        Assert.Contains("storefront-pr-7", namespaces);
        Assert.DoesNotContain("storefront", namespaces);
    }

    [Fact]
    public void ReviewQuota_OverridesTheDefaultsItSets()
    {
        var file = Review();
        File.WriteAllText(file, File.ReadAllText(file).Replace("fleet:reviewQuota: { cpu: \"4\", memory: 8192Mi, pods: 10 }", "fleet:reviewQuota: { pods: 4 }", StringComparison.Ordinal));

        var app = FleetLoader.Load(file).PlanOrThrow().Clusters[0].Apps[0];

        Assert.Equal(AppsOnlyStack.DefaultQuota with { Pods = 4 }, app.Governance!.Quota);
    }

    [Fact]
    public void BaseThatDoesNotExist_IsOneErrorAtClustersFrom()
    {
        var result = FleetLoader.Load(Write("pr-7", File.ReadAllText(Review()).Replace("fleet:clustersFrom: staging", "fleet:clustersFrom: qa", StringComparison.Ordinal)));

        Assert.False(result.Succeeded);
        Assert.Matches(@"^.*Pulumi\.pr-7\.yaml:5:\d+: fleet:clustersFrom: base stack 'qa' has no stack file .*Pulumi\.qa\.yaml; .*$", Errors(result));
    }

    [Fact]
    public void BaseThatIsItselfAReview_IsRefused()
    {
        Review("pr-1");
        var result = FleetLoader.Load(Write("pr-2", "config:\n  fleet:clustersFrom: pr-1\n"));

        Assert.Contains("fleet:clustersFrom: base stack 'pr-1' is itself apps-only", Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionBase_IsRefusedUnlessItAllowsReviews()
    {
        var refused = FleetLoader.Load(Write("pr-1", "config:\n  fleet:clustersFrom: prod\n"));
        Assert.Contains("base stack 'prod' is production", Errors(refused), StringComparison.Ordinal);

        var prod = Path.Combine(_stacks, "Pulumi.prod.yaml");
        File.WriteAllText(prod, File.ReadAllText(prod).Replace("config:\n", "config:\n  fleet:allowReviewOnProduction: true\n", StringComparison.Ordinal));
        var allowed = FleetLoader.Load(Write("pr-1", "config:\n  fleet:clustersFrom: prod\n"));
        Assert.DoesNotContain("is production", Errors(allowed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pr-1", "config:\n  fleet:clustersFrom: staging\n  fleet:clusters: []\n", "fleet:clusters: an apps-only stack (fleet:clustersFrom) deploys onto its base's clusters and owns none")]
    [InlineData("pr-1", "config:\n  fleet:expiresAt: \"2026-12-07T21:00:00Z\"\n  fleet:clusters: []\n", "fleet:expiresAt: belongs to apps-only stacks")]
    [InlineData("pr-1", "config:\n  fleet:clustersFrom: staging\n  fleet:expiresAt: tomorrow\n", "fleet:expiresAt: 'tomorrow' is not an RFC 3339 instant")]
    [InlineData("pr-1", "config:\n  fleet:clustersFrom: ../etc\n", "fleet:clustersFrom: '../etc' is not a stack")]
    [InlineData("pr-1", "config:\n  fleet:clustersFrom: pr-1\n", "fleet:clustersFrom: names this stack itself")]
    [InlineData("a-review-name-that-is-much-too-long", "config:\n  fleet:clustersFrom: staging\n", "is 35 characters; a review name has at most 31")]
    [InlineData("PR_1", "config:\n  fleet:clustersFrom: staging\n", "'PR_1' is not a DNS label")]
    public void BadAppsOnlyStack_IsOneClearError(string name, string text, string message)
    {
        var result = FleetLoader.Load(Write(name, text));

        Assert.False(result.Succeeded);
        Assert.Contains(message, Errors(result), StringComparison.Ordinal);
    }

    [Fact]
    public void AStackWithNeitherClustersNorClustersFrom_SaysClustersIsMissing()
    {
        var result = FleetLoader.Load(Write("qa", "config:\n  fleet:domain: qa.example.com\n"));

        Assert.Contains("fleet:clusters: is missing; list the stack's clusters under fleet:clusters", Errors(result), StringComparison.Ordinal);
    }
}
