using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The teams' rights in an app's namespace: a Role and RoleBinding giving the owner edit rights, and one giving view
/// rights to every team that views other apps. Subjects are the Kubernetes group of the team's EKS access entries on
/// EKS, and the team's Google groups and users on GKE; a team with no identity on the provider gets no binding.
/// </summary>
public static class RbacManifests
{
    public const string EditRoleName = "fleetinfra-team-edit";

    public const string ViewRoleName = "fleetinfra-team-view";

    private const string RbacGroup = "rbac.authorization.k8s.io";

    private static readonly string[] Read = ["get", "list", "watch"];

    /// <summary>What any team may read in a namespace it sees: everything FleetInfra renders there, and pods, logs and events, but no Secrets.</summary>
    private static readonly (string Group, string[] Resources, string[] Verbs)[] ViewRules =
    [
        (string.Empty, ["configmaps", "endpoints", "events", "limitranges", "pods", "pods/log", "resourcequotas", "serviceaccounts", "services"], Read),
        ("apps", ["deployments", "replicasets"], Read),
        ("autoscaling", ["horizontalpodautoscalers"], Read),
        ("networking.k8s.io", ["ingresses", "networkpolicies"], Read),
        ("policy", ["poddisruptionbudgets"], Read),
        ("metrics.k8s.io", ["pods"], ["get", "list"]),
    ];

    /// <summary>
    /// What the owner may do besides reading: manage the Secrets its intents reference, restart pods and roll out a
    /// Deployment again. The objects FleetInfra renders stay the pipeline's: changing them is a change to the intent.
    /// </summary>
    private static readonly (string Group, string[] Resources, string[] Verbs)[] EditRules =
    [
        .. ViewRules,
        (string.Empty, ["secrets"], ["get", "list", "watch", "create", "update", "patch", "delete"]),
        (string.Empty, ["pods"], ["delete"]),
        ("apps", ["deployments"], ["patch"]),
    ];

    public static IEnumerable<IKubernetesObject> ToObjects(ClusterPlan cluster, AppPlan app)
    {
        if (app.Governance is not { } governance)
        {
            yield break;
        }

        var editors = Subjects(cluster, governance.Owner);
        if (editors.Count > 0)
        {
            yield return ToRole(cluster, app, EditRoleName, EditRules);
            yield return ToBinding(cluster, app, governance.Owner, "edit", EditRoleName, editors);
        }

        var viewers = governance.Viewers.Select(team => (Team: team, Subjects: Subjects(cluster, team))).Where(v => v.Subjects.Count > 0).ToList();
        if (viewers.Count > 0)
        {
            yield return ToRole(cluster, app, ViewRoleName, ViewRules);
            foreach (var (team, subjects) in viewers)
            {
                yield return ToBinding(cluster, app, team, "view", ViewRoleName, subjects);
            }
        }
    }

    /// <summary>The team's subjects on the cluster's provider, sorted.</summary>
    public static List<Rbacv1Subject> Subjects(ClusterPlan cluster, TeamConfig team) => cluster.Provider switch
    {
        CloudProvider.Eks when !team.Members.EksRoleArns.IsEmpty => [new Rbacv1Subject { Kind = "Group", Name = team.KubernetesGroup, ApiGroup = RbacGroup }],
        CloudProvider.Gke =>
        [
            .. team.Members.GoogleGroups.Select(g => new Rbacv1Subject { Kind = "Group", Name = g, ApiGroup = RbacGroup }),
            .. team.Members.GoogleUsers.Select(u => new Rbacv1Subject { Kind = "User", Name = u, ApiGroup = RbacGroup }),
        ],
        _ => [],
    };

    private static V1Role ToRole(ClusterPlan cluster, AppPlan app, string name, (string Group, string[] Resources, string[] Verbs)[] rules) => new()
    {
        ApiVersion = $"{RbacGroup}/v1",
        Kind = "Role",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        Rules = [.. rules.Select(r => new V1PolicyRule { ApiGroups = [r.Group], Resources = [.. r.Resources], Verbs = [.. r.Verbs] })],
    };

    private static V1RoleBinding ToBinding(ClusterPlan cluster, AppPlan app, TeamConfig team, string access, string role, List<Rbacv1Subject> subjects) => new()
    {
        ApiVersion = $"{RbacGroup}/v1",
        Kind = "RoleBinding",
        Metadata = new V1ObjectMeta { Name = $"team-{team.Name}-{access}", NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        RoleRef = new V1RoleRef { ApiGroup = RbacGroup, Kind = "Role", Name = role },
        Subjects = subjects,
    };
}
