using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// FI109: a port is removed while other apps may call it (they are in the app's <c>allow_from</c>) or a public host routes
/// to it, or a public port with hosts is made private.
/// </summary>
internal sealed class PortInUseHazard : IHazardRule
{
    public string Id => "FI109";

    public string Title => "a port in use is removed or made private";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        foreach (var cluster in context.Clusters)
        {
            foreach (var (before, after) in cluster.AppsOnBoth)
            {
                var callers = context.Base.Intents.TryGetValue(before.Name, out var intent)
                    ? intent.AllowFrom.Select(a => a.Name).Where(a => a != before.Name && cluster.After!.Apps.Any(p => p.Name == a)).ToList()
                    : [];
                foreach (var port in before.Ports)
                {
                    var hosts = before.Routes.Where(r => r.Port == port.Number).Select(r => r.Host).Distinct().ToList();
                    var now = after.Ports.FirstOrDefault(p => p.Number == port.Number);
                    if (now is null && (hosts.Count > 0 || (!port.IsPublic && callers.Count > 0)))
                    {
                        var users = hosts.Count > 0 ? $"public host {string.Join(", ", hosts)} routes to it" : $"{string.Join(", ", callers)} may call it ({before.Name}.allow_from)";
                        yield return Finding(cluster, after, port.Number, context.AppSource(after.Name, IntentKeys.Ports),
                            $"is removed while {users}: those requests fail once it is gone; move the callers or hosts to another port first, then remove {port.Number} in a second change");
                    }
                    else if (now is { IsPublic: false } && port.IsPublic && hosts.Count > 0)
                    {
                        yield return Finding(cluster, after, port.Number, context.Head.Relative(now.Source),
                            $"is made private while public host {string.Join(", ", hosts)} routes to it: the Ingress and the host go, and its users get errors; keep it public until the host has moved, or add custom_domains on another public port first");
                    }
                }
            }
        }
    }

    private static HazardFinding Finding(ClusterChanges cluster, AppPlan app, int port, SourceLocation location, string what) =>
        new(cluster.Name, location, $"port {port} of app '{app.Name}' on {cluster.Name} {what}");
}
