using K = FleetInfra.Components.Tests.Transitions.KubernetesKinds;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// A review environment's Cloud DNS records on GKE (apps-only stack pr-7 of dev) through its life: created with it,
/// following its apps, deleted with it. No step breaks an invariant (every public host that had a record keeps one).
/// </summary>
public sealed class ReviewDnsTransitionTests
{
    private const string Review = "pr-7";
    private static readonly TransitionStack Base = new();

    private static string Record(string app) => $"gke-euw1-dns-{app}-pr-7.gke-euw1.dev.example.com";

    private static void AssertNoViolations(TransitionResult result) =>
        Assert.True(result.Violations.IsEmpty, string.Join("\n", result.Violations));

    [Fact]
    public async Task CreateThenDestroy_CreatesARecordPerPublicGkeApp_AndDeletesThemAll()
    {
        var review = await ReviewSnapshots.OfAsync(Base, Review);

        var create = Transition.Between(ResourceSnapshot.Empty, review);
        var destroy = Transition.Between(review, ResourceSnapshot.Empty);

        AssertNoViolations(create);
        AssertNoViolations(destroy);
        Assert.Equal([Record("api"), Record("store")], create.Named(ChangeKind.Create, K.CloudDnsRecordSet).Order(StringComparer.Ordinal));
        Assert.Equal([Record("api"), Record("store")], destroy.Named(ChangeKind.Delete, K.CloudDnsRecordSet).Order(StringComparer.Ordinal));
        Assert.Empty(create.Named(ChangeKind.Create, K.GlobalAddress));
    }

    [Fact]
    public async Task AppRemovedFromAndAddedToTheGkeCluster_DeletesAndCreatesOnlyItsRecord()
    {
        var before = await ReviewSnapshots.OfAsync(Base, Review);
        // store moves to EKS (the base's ExternalDNS publishes it there), web joins GKE.
        var after = await ReviewSnapshots.OfAsync(Base with { EksApps = ["web", "api", "store", "worker"], GkeApps = ["api", "web", "worker"] }, Review);

        var change = Transition.Between(before, after);

        AssertNoViolations(change);
        Assert.Equal([Record("store")], change.Named(ChangeKind.Delete, K.CloudDnsRecordSet));
        Assert.Equal([Record("web")], change.Named(ChangeKind.Create, K.CloudDnsRecordSet));
        Assert.Empty(change.Named(ChangeKind.Replace, K.CloudDnsRecordSet));
        Assert.Empty(change.Named(ChangeKind.Update, K.CloudDnsRecordSet));
    }

    [Fact]
    public async Task BaseWithDnsOff_GivesTheReviewNoRecord()
    {
        var review = await ReviewSnapshots.OfAsync(Base.WithAddon("dns", false), Review);

        Assert.Empty(Transition.Between(ResourceSnapshot.Empty, review).Named(ChangeKind.Create, K.CloudDnsRecordSet));
    }
}
