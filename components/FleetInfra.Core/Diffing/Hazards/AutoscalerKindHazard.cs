using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// FI104: an app's autoscaler changes kind between a HorizontalPodAutoscaler and a KEDA ScaledObject. To a ScaledObject:
/// it takes FleetInfra's HPA over by name (<c>scaledobject.keda.sh/transfer-hpa-ownership</c>, which KEDA's webhook
/// admits: kedacore/keda v2.20.2 apis/keda/v1alpha1/scaledobject_webhook.go <c>verifyHpas</c>), and the apply then deletes
/// that HPA, which KEDA recreates. Back to an HPA: the ScaledObject still holds the HPA of the app's name (KEDA's
/// <c>horizontalPodAutoscalerConfig.name</c>) when the apply creates FleetInfra's HPA of the same name, which
/// pulumi-kubernetes v4.32.0 creates without upsert (provider/pkg/await/await.go <c>Creation</c>): it fails with
/// AlreadyExists on every run, since the ScaledObject is only deleted at the end of an update that never gets there.
/// </summary>
internal sealed class AutoscalerKindHazard : IHazardRule
{
    private const string Hpa = "HorizontalPodAutoscaler";
    private const string ScaledObject = "KEDA ScaledObject";

    public string Id => "FI104";

    public string Title => "an app's autoscaler changes kind (HPA and ScaledObject)";

    // An error: one direction wedges `pulumi up` (see above).
    public PolicyLevel DefaultLevel => PolicyLevel.Error;

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
                    ? "the ScaledObject takes the HPA over by name and the apply then deletes it, so nothing scales the Deployment for the seconds until KEDA recreates it"
                    : $"the ScaledObject still holds HPA '{after.Name}' (KEDA owns it) when the apply creates FleetInfra's HPA of that name, so the create fails with AlreadyExists and every rerun fails the same way";
                yield return new HazardFinding(
                    cluster.Name,
                    Source(context, after),
                    $"app '{after.Name}' on {cluster.Name} moves from a {was} to a {now}: {consequence}; hand over in two changes: first set min_running_instances equal to max_running_instances (no autoscaler) and apply, then switch to the {now}");
            }
        }
    }

    private static string? KindOf(AppPlan app) => app.Scaling.ScaledByKeda ? ScaledObject : app.Scaling.RendersHpa ? Hpa : null;

    /// <summary>The app's schedule when it has one (its own or the stack's), else its max_running_instances.</summary>
    private static SourceLocation Source(HazardContext context, AppPlan app)
    {
        var schedule = context.HeadIntent(app.Name)?.Schedule ?? context.Head.Stack.Schedule;
        return schedule is not null && (app.Scaling.Scheduled || context.HeadIntent(app.Name)?.Schedule is not null)
            ? context.Head.Relative(schedule.Source)
            : context.AppSource(app.Name, IntentKeys.MaxInstances);
    }
}
