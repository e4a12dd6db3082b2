using System.Collections.Immutable;
using FleetInfra.Components.Tests.Infra;
using FleetInfra.Program;
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

    private static async Task<ResourceSnapshot> OfAsync(bool suspended)
    {
        var root = Directory.CreateTempSubdirectory("fleet-transition-review-");
        try
        {
            Base.WriteTo(root.FullName);
            var file = Path.Combine(root.FullName, "stacks", $"Pulumi.{Review}.yaml");
            File.WriteAllText(file, $"config:\n  fleet:clustersFrom: {Base.Name}\n  fleet:lastChangeAt: \"2026-12-01T09:00:00Z\"\n{(suspended ? "  fleet:suspended: true\n" : string.Empty)}");
            var config = PulumiCliConfig.Namespace(file, "fleet");
            return await SnapshotRecorder.RecordAsync(Review, () => FleetProgram.Run(Review, config, root.FullName), mocks =>
                mocks.Resources["pulumi:pulumi:StackReference"] = _ => ImmutableDictionary<string, object>.Empty
                    .Add("outputs", ImmutableDictionary<string, object>.Empty
                        .Add(FleetProgram.KubeconfigOutput("eks-use1"), "kubeconfig of eks-use1")
                        .Add(FleetProgram.KubeconfigOutput("gke-euw1"), "kubeconfig of gke-euw1"))
                    .Add("secretOutputNames", ImmutableArray.Create<object>(FleetProgram.KubeconfigOutput("eks-use1"), FleetProgram.KubeconfigOutput("gke-euw1"))));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

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
