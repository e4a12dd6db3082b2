using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Gcp.Projects;
using Account = Pulumi.Gcp.ServiceAccount.Account;
using AccountArgs = Pulumi.Gcp.ServiceAccount.AccountArgs;
using ServiceAccountIamMember = Pulumi.Gcp.ServiceAccount.IAMMember;
using ServiceAccountIamMemberArgs = Pulumi.Gcp.ServiceAccount.IAMMemberArgs;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// GKE: the Google service account KEDA's operator acts as through Workload Identity when an app has a Pub/Sub queue
/// trigger. Only the operator's Kubernetes service account may impersonate it (<c>roles/iam.workloadIdentityUser</c> on
/// the account for <c>{project}.svc.id.goog[keda/keda-operator]</c>).
/// </summary>
internal static class GkeKedaPodIdentity
{
    /// <summary>
    /// The narrowest role for KEDA's <c>gcp-pubsub</c> scaler, which reads the subscription's backlog from Cloud Monitoring
    /// (kedacore/keda v2.20.2, <c>pkg/scalers/gcp_pubsub_scaler.go</c> <c>getMetrics</c>, a time series query), not from
    /// Pub/Sub. Cloud Monitoring grants reading per project only: it cannot be scoped to one subscription, so the account
    /// reads the metrics of each project that holds one of the cluster's subscriptions, and nothing in Pub/Sub.
    /// </summary>
    public const string MonitoringRole = "roles/monitoring.viewer";

    public const string WorkloadIdentityRole = "roles/iam.workloadIdentityUser";

    /// <summary>The account's email for the chart's values, and the grants the release waits for.</summary>
    public static (Output<string> Email, ImmutableArray<Resource> Grants) Create(
        string name, string project, KedaPodIdentityPlan plan, Output<string> suffix, int suffixLength, string clusterName, Resource parent)
    {
        var options = new CustomResourceOptions { Parent = parent };
        var account = new Account($"{name}-keda", new AccountArgs
        {
            Project = project,
            AccountId = Output.Format($"{GkeNodeServiceAccount.AccountIdPrefix(clusterName, suffixLength, "-keda-")}{suffix}"),
            DisplayName = $"KEDA operator of GKE cluster {clusterName} (queue triggers)",
        }, options);
        var member = Output.Format($"serviceAccount:{account.Email}");
        var grants = plan.MonitoringProjects
            .Select(monitored => (Resource)new IAMMember($"{name}-keda-monitoring-{monitored}", new IAMMemberArgs
            {
                Project = monitored,
                Role = MonitoringRole,
                Member = member,
            }, options))
            .Append(new ServiceAccountIamMember($"{name}-keda-workload-identity", new ServiceAccountIamMemberArgs
            {
                ServiceAccountId = account.Name,
                Role = WorkloadIdentityRole,
                Member = $"serviceAccount:{project}.svc.id.goog[{KedaPodIdentityPlan.OperatorNamespace}/{KedaPodIdentityPlan.OperatorServiceAccount}]",
            }, options))
            .ToImmutableArray();
        return (account.Email, grants);
    }
}
