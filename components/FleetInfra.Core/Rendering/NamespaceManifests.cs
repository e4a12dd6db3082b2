using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>The app's namespace, enforcing the restricted Pod Security Standard, and its default-deny policy.</summary>
public static class NamespaceManifests
{
    public const string DefaultDenyPolicyName = "default-deny";

    /// <summary>
    /// The namespace label that makes the AWS Load Balancer Controller inject its target-health readiness gate into new
    /// pods (<c>target-type: ip</c> only), so a rolling update waits until the ALB sends traffic to the new pods
    /// (kubernetes-sigs/aws-load-balancer-controller v2.15.0, <c>docs/deploy/pod_readiness_gate.md</c>). Only on public
    /// apps' namespaces: the injecting webhook then stands between every pod creation and the controller.
    /// </summary>
    public const string AlbReadinessGateLabel = "elbv2.k8s.aws/pod-readiness-gate-inject";

    public static V1Namespace ToNamespace(ClusterPlan cluster, AppPlan app)
    {
        var labels = ManifestLabels.For(cluster, app);
        labels["pod-security.kubernetes.io/enforce"] = "restricted";
        labels["pod-security.kubernetes.io/enforce-version"] = "latest";
        labels["pod-security.kubernetes.io/audit"] = "restricted";
        labels["pod-security.kubernetes.io/warn"] = "restricted";
        if (app.IsPublic && cluster.Ingress is AlbIngressProfile { TargetType: "ip" })
        {
            labels[AlbReadinessGateLabel] = "enabled";
        }

        return new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta { Name = app.Namespace, Labels = labels },
        };
    }

    /// <summary>Denies all ingress and egress in the namespace; the app's own policy opens what it needs.</summary>
    public static V1NetworkPolicy ToDefaultDeny(ClusterPlan cluster, AppPlan app) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = new V1ObjectMeta { Name = DefaultDenyPolicyName, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        Spec = new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector(),
            PolicyTypes = ["Ingress", "Egress"],
        },
    };
}
