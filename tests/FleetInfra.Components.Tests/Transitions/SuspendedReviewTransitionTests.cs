using K = FleetInfra.Components.Tests.Transitions.KubernetesKinds;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// A review environment (apps-only stack pr-7 of dev) going idle and back: active, suspended (fleet:suspended), active.
/// No step of either update breaks an invariant (no workload with two autoscalers, every ScaledObject admitted).
/// </summary>
public sealed class SuspendedReviewTransitionTests
{
    private const string Review = "pr-7";

    /// <summary>The base: working hours for every app but api, which autoscales around the clock (an HPA), and worker at a fixed two.</summary>
    private static readonly TransitionStack Base = new TransitionStack { Schedule = true }
        .WithApp("api", app => app with { AlwaysOn = true, Min = 2, Max = 4 })
        .WithApp("worker", app => app with { AlwaysOn = true, Min = 2, Max = 2 });

    private static Task<ResourceSnapshot> OfAsync(bool suspended) =>
        ReviewSnapshots.OfAsync(Base, Review, $"  fleet:lastChangeAt: \"2026-12-01T09:00:00Z\"\n{(suspended ? "  fleet:suspended: true\n" : string.Empty)}");

    [Fact]
    public async Task ActiveSuspendedActive_BreaksNothing_DeletesTheHpaWhileSuspended_AndComesBackAsItWas()
    {
        var active = await OfAsync(suspended: false);
        var suspended = await OfAsync(suspended: true);

        var suspend = Transition.Between(active, suspended);
        var resume = Transition.Between(suspended, active);

        Assert.True(suspend.Violations.IsEmpty, string.Join("\n", suspend.Violations));
        Assert.True(resume.Violations.IsEmpty, string.Join("\n", resume.Violations));

        // Nothing is replaced; only api's HPA goes and comes back (nothing else would scale it up from zero, or fight KEDA).
        Assert.Empty(suspend.Changes.Where(c => c.Kind == ChangeKind.Replace));
        Assert.Equal(["eks-use1-api-pr-7-horizontalpodautoscaler-api", "gke-euw1-api-pr-7-horizontalpodautoscaler-api"], suspend.Named(ChangeKind.Delete, K.HorizontalPodAutoscaler).Order(StringComparer.Ordinal));
        Assert.Equal(suspend.Named(ChangeKind.Delete, K.HorizontalPodAutoscaler).Order(StringComparer.Ordinal), resume.Named(ChangeKind.Create, K.HorizontalPodAutoscaler).Order(StringComparer.Ordinal));
        Assert.Empty(suspend.Changes.Where(c => c.Kind == ChangeKind.Create));
        Assert.Empty(resume.Changes.Where(c => c.Kind == ChangeKind.Delete));
        Assert.NotEmpty(suspend.Named(ChangeKind.Update, K.ScaledObject));
        Assert.Equal(suspend.Named(ChangeKind.Update, K.ScaledObject).Order(StringComparer.Ordinal), resume.Named(ChangeKind.Update, K.ScaledObject).Order(StringComparer.Ordinal));
    }
}
