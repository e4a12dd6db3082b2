using FleetInfra.Core.Intents;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>FI108: an app is renamed: its namespace, Service, hosts and everything in them are deleted and created again under the new name.</summary>
internal sealed class AppRenameHazard : IHazardRule
{
    public string Id => "FI108";

    public string Title => "an app is renamed, which recreates its namespace";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        foreach (var cluster in context.Clusters)
        {
            foreach (var (old, renamed) in context.Renames)
            {
                if (cluster.Before?.Apps.FirstOrDefault(a => a.Name == old) is not { } before || cluster.After?.Apps.FirstOrDefault(a => a.Name == renamed) is not { } after)
                {
                    continue;
                }

                var objects = RemovalHazard.RemovedObjects(cluster, old);
                var hosts = before.Routes.Select(r => r.Host).Distinct().ToList();
                yield return new HazardFinding(
                    cluster.Name,
                    context.AppSource(renamed, IntentKeys.Application),
                    $"app '{old}' is renamed to '{renamed}' on {cluster.Name}: namespace {before.Namespace} and everything in it ({objects}, {before.Scaling.MinReplicas} pod{(before.Scaling.MinReplicas == 1 ? string.Empty : "s")} or more{(hosts.Count == 0 ? string.Empty : $", hosts {string.Join(", ", hosts)}")}) are deleted and {after.Namespace} is created from scratch{(hosts.Count == 0 ? string.Empty : " with new hosts and certificates")}; to rename without downtime, add '{renamed}' next to '{old}', move its callers (allow_from, DNS) and apply, then remove '{old}' in a second change");
            }
        }
    }
}
