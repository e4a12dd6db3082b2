using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Governance;

/// <summary>
/// The ownership and network decisions of <c>fleet:teams</c> and <c>allow_from</c>: who owns each app, which apps
/// may reach it, and each namespace's RBAC and quota on a cluster. Pure: no I/O.
/// </summary>
public static class TeamPlanner
{
    /// <summary>
    /// The owner of every app the stack deploys, by app name; empty without teams. Reports apps listed by a team that
    /// do not exist and deployed apps that no team owns.
    /// </summary>
    public static ImmutableSortedDictionary<string, TeamConfig> Owners(
        StackConfig stack, IReadOnlyCollection<string> knownApps, IEnumerable<ApplicationIntent> deployed, DiagnosticBag diagnostics)
    {
        var owners = ImmutableSortedDictionary.CreateBuilder<string, TeamConfig>(StringComparer.Ordinal);
        if (stack.Teams.IsEmpty)
        {
            return owners.ToImmutable();
        }

        foreach (var team in stack.Teams)
        {
            foreach (var app in team.Apps)
            {
                if (knownApps.Contains(app.Name))
                {
                    owners[app.Name] = team;
                }
                else
                {
                    diagnostics.Error(app.Source, $"{team.Path}.apps",
                        $"'{app.Name}' is not a known app{Suggestions.DidYouMean(app.Name, knownApps)}; define it under {FleetLoader.Display(stack.AppsDirectory)} or remove it from the team");
                }
            }
        }

        foreach (var intent in deployed.Where(i => !owners.ContainsKey(i.Name)))
        {
            diagnostics.Error(stack.TeamsSource ?? SourceLocation.StartOf(stack.SourceFile), $"{StackKeys.Namespace}:teams",
                $"app '{intent.Name}' has no owner; add it to the apps of one team (once fleet:teams is set, every app has exactly one owner)");
        }

        return owners.ToImmutable();
    }

    /// <summary>
    /// Warns for each GKE cluster without <c>rbacSecurityGroup</c> when teams name Google groups: without Google Groups
    /// for RBAC, a Group subject that is a Google group matches nobody.
    /// </summary>
    public static void CheckGoogleGroups(StackConfig stack, DiagnosticBag diagnostics)
    {
        var teams = stack.Teams.Where(t => !t.Members.GoogleGroups.IsEmpty).Select(t => t.Name).ToList();
        if (teams.Count == 0)
        {
            return;
        }

        for (var i = 0; i < stack.Clusters.Length; i++)
        {
            var cluster = stack.Clusters[i];
            if (cluster.Provider == CloudProvider.Gke && cluster.RbacSecurityGroup is null)
            {
                diagnostics.Warning(cluster.Source, $"{StackKeys.Namespace}:clusters[{i}].rbacSecurityGroup",
                    $"is not set, so the Google groups of team{(teams.Count == 1 ? string.Empty : "s")} {string.Join(", ", teams)} match nobody on this cluster; set it to gke-security-groups@YOUR-DOMAIN, the group those groups are members of");
            }
        }
    }

    /// <summary>Reports every <c>allow_from</c> entry that names no app, with the closest app name.</summary>
    public static void CheckAllowFrom(IEnumerable<ApplicationIntent> intents, IReadOnlyCollection<string> knownApps, string appsDirectory, DiagnosticBag diagnostics)
    {
        foreach (var intent in intents)
        {
            foreach (var peer in intent.AllowFrom.Where(p => !knownApps.Contains(p.Name)))
            {
                diagnostics.Error(peer.Source, PolicyPath(intent),
                    $"'{peer.Name}' is not a known app{Suggestions.DidYouMean(peer.Name, knownApps)}; name an app defined under {FleetLoader.Display(appsDirectory)}");
            }
        }
    }

    /// <summary>
    /// The apps whose pods may reach the app's private ports, sorted: the app itself, its <c>allow_from</c> and the other
    /// apps of its owner, each only if the stack deploys it.
    /// </summary>
    public static ImmutableArray<string> AllowedFrom(ApplicationIntent intent, TeamConfig? owner, IReadOnlySet<string> deployed)
    {
        var peers = new SortedSet<string>(StringComparer.Ordinal) { intent.Name };
        peers.UnionWith(intent.AllowFrom.Select(p => p.Name).Where(deployed.Contains));
        if (owner is not null)
        {
            peers.UnionWith(owner.Apps.Select(a => a.Name).Where(deployed.Contains));
        }

        return [.. peers];
    }

    /// <summary>
    /// The cluster's apps with their <see cref="AppGovernance"/>: the owner's edit rights, the viewing teams, and each
    /// namespace's share of its owner's budget on this cluster. Unchanged without teams.
    /// </summary>
    public static ImmutableArray<AppPlan> Govern(
        ImmutableArray<AppPlan> apps, ImmutableSortedDictionary<string, TeamConfig> owners, IReadOnlyDictionary<string, ImmutableArray<TeamConfig>> viewers)
    {
        if (owners.IsEmpty)
        {
            return apps;
        }

        var teamNeeds = apps
            .GroupBy(a => owners[a.Name].Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => AppDemand.Sum(g.Select(AppDemand.AtPeak)), StringComparer.Ordinal);
        return [.. apps.Select(app =>
        {
            var owner = owners[app.Name];
            return app with
            {
                Governance = new AppGovernance
                {
                    Owner = owner,
                    Viewers = viewers[owner.Name],
                    Quota = QuotaSplit.ShareOf(AppDemand.AtPeak(app), teamNeeds[owner.Name], owner.Budget),
                },
            };
        })];
    }

    /// <summary>For each team, the other teams that view every app (<c>viewOtherApps</c>), one shared array per team.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<TeamConfig>> ViewersByOwner(StackConfig stack) =>
        stack.Teams.DistinctBy(team => team.Name, StringComparer.Ordinal).ToDictionary(
            team => team.Name,
            team => stack.Teams.Where(t => t.ViewOtherApps && t.Name != team.Name).OrderBy(t => t.Name, StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);

    private static string PolicyPath(ApplicationIntent intent) => $"{IntentKeys.Application}.{intent.Name}.{IntentKeys.AllowFrom}";
}
