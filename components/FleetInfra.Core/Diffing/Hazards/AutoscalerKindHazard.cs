using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// FI104: an app's autoscaler changes kind between a HorizontalPodAutoscaler and a KEDA ScaledObject. KEDA's admission
/// webhook refuses a ScaledObject for a workload another HPA already scales (kedacore/keda v2.20.2,
/// apis/keda/v1alpha1/scaledobject_webhook.go), and one apply creates the new object before it deletes the old one.
/// </summary>
internal sealed class AutoscalerKindHazard : IHazardRule
{
    private const string Hpa = "HorizontalPodAutoscaler";
    private const string ScaledObject = "KEDA ScaledObject";

    public string Id => "FI104";

    public string Title => "an app's autoscaler changes kind (HPA and ScaledObject)";

    public PolicyLevel DefaultLevel => PolicyLevel.Warning;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        foreach (var cluster in context.Clusters)
        {
            foreach (var (before, after) in cluster.AppsOnBoth)
            {
                if (KindOf(before) is not { } was || KindOf(after) is not { } now || was == now)
                {
                    continue;
                }

                var consequence = now == ScaledObject
                    ? "KEDA's admission webhook refuses the ScaledObject while the HPA still scales the Deployment, and the apply creates it before deleting the HPA"
                    : "the new HPA and the one KEDA still owns both scale the Deployment until KEDA removes its own, and they fight over the replica count";
                yield return new HazardFinding(
                    cluster.Name,
                    Source(context, after),
                    $"app '{after.Name}' on {cluster.Name} moves from a {was} to a {now}: {consequence}; hand over in two changes: first set min_running_instances equal to max_running_instances (no autoscaler) and apply, then switch to the {now}");
            }
        }
    }

    private static string? KindOf(AppPlan app) => app.Scaling.Scheduled ? ScaledObject : app.Scaling.Autoscaled ? Hpa : null;

    /// <summary>The app's schedule when it has one (its own or the stack's), else its max_running_instances.</summary>
    private static SourceLocation Source(HazardContext context, AppPlan app)
    {
        var schedule = context.HeadIntent(app.Name)?.Schedule ?? context.Head.Stack.Schedule;
        return schedule is not null && (app.Scaling.Scheduled || context.HeadIntent(app.Name)?.Schedule is not null)
            ? context.Head.Relative(schedule.Source)
            : context.AppSource(app.Name, IntentKeys.MaxInstances);
    }
}
