namespace FleetInfra.Core.Diffing;

/// <summary>
/// The fields Kubernetes refuses to change on an existing object (the API server answers "field is immutable" or
/// "cannot change roleRef"), so that applying the change means deleting the object and creating it again. From the
/// update validation of kubernetes/kubernetes v1.33.0 (the fleet's version):
/// <list type="bullet">
/// <item>pkg/apis/apps/validation/validation.go: ValidateDeploymentUpdate, ValidateDaemonSetUpdate (the selector of apps/v1),
/// ValidateStatefulSetUpdate (everything but replicas, ordinals, template, updateStrategy, minReadySeconds and the PVC retention policy);</item>
/// <item>pkg/apis/core/validation/validation.go: ValidateServiceUpdate (clusterIP, clusterIPs), ValidatePersistentVolumeClaimUpdate
/// (the spec but the storage request), ValidateResourceQuotaUpdate (scopes);</item>
/// <item>pkg/apis/batch/validation/validation.go: ValidateJobSpecUpdate (selector, template);</item>
/// <item>pkg/apis/rbac/validation/validation.go: ValidateRoleBindingUpdate, ValidateClusterRoleBindingUpdate (roleRef).</item>
/// </list>
/// </summary>
public static class ImmutableFieldTable
{
    /// <summary>Per <c>apiVersion</c> and kind, the immutable field paths (a change at or below one replaces the object).</summary>
    public static readonly IReadOnlyDictionary<(string ApiVersion, string Kind), string[]> Fields = new Dictionary<(string, string), string[]>
    {
        [("apps/v1", "Deployment")] = ["spec.selector"],
        [("apps/v1", "DaemonSet")] = ["spec.selector"],
        [("apps/v1", "StatefulSet")] = ["spec.selector", "spec.serviceName", "spec.volumeClaimTemplates", "spec.podManagementPolicy"],
        [("v1", "Service")] = ["spec.clusterIP", "spec.clusterIPs"],
        [("v1", "PersistentVolumeClaim")] = ["spec.storageClassName", "spec.accessModes", "spec.volumeName", "spec.volumeMode", "spec.selector", "spec.dataSource"],
        [("v1", "ResourceQuota")] = ["spec.scopes"],
        [("batch/v1", "Job")] = ["spec.selector", "spec.template"],
        [("rbac.authorization.k8s.io/v1", "RoleBinding")] = ["roleRef"],
        [("rbac.authorization.k8s.io/v1", "ClusterRoleBinding")] = ["roleRef"],
    };

    /// <summary>The immutable field that <paramref name="path"/> is or lies under; null when the field can change in place.</summary>
    public static string? ImmutableFieldOf(string apiVersion, string kind, string path) =>
        Fields.TryGetValue((apiVersion, kind), out var fields)
            ? fields.FirstOrDefault(f => path == f || path.StartsWith(f + ".", StringComparison.Ordinal) || path.StartsWith(f + "[", StringComparison.Ordinal))
            : null;
}
