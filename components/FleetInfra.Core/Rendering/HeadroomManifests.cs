using System.Collections.Immutable;
using FleetInfra.Core.Headroom;
using FleetInfra.Core.Planning;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// Node headroom (overprovisioning): a PriorityClass below every app's, and Deployments of pause pods that request the
/// room. When a real pod does not fit, the scheduler preempts pause pods for it; the evicted pause pods stay Pending, so
/// the node autoscaler starts a node before the next real pod needs one.
/// </summary>
public static class HeadroomManifests
{
    /// <summary>The file, the namespace and the PriorityClass of a cluster's headroom.</summary>
    public const string Name = "fleetinfra-headroom";

    public const string FileName = Name + ".yaml";

    /// <summary>
    /// -10: below 0, the priority of every app pod (FleetInfra renders no PriorityClass for apps and no global default),
    /// and above the -2147483648 floor, so only pause pods yield.
    /// </summary>
    public const int Priority = -10;

    /// <summary>The node label that pins a node group's headroom to it; the Pulumi layer puts it on the group's nodes.</summary>
    public const string NodeGroupLabel = "fleetinfra.io/node-group";

    /// <summary>
    /// The pause image, pinned: kubernetes/kubernetes <c>cmd/kubeadm/app/constants/constants.go</c> <c>PauseVersion = "3.10.1"</c>.
    /// It does nothing, writes nothing and runs as UID 65535 (<c>build/pause/Dockerfile</c> <c>USER 65535:65535</c>).
    /// </summary>
    public const string PauseImage = "registry.k8s.io/pause:3.10.1";

    private const long PauseUser = 65535;

    /// <summary>The cluster's headroom file, or null when it keeps no headroom.</summary>
    public static ManifestFile? Render(ClusterPlan cluster) =>
        cluster.Headroom.IsEmpty ? null : new ManifestFile(FileName, Objects(cluster));

    public static ImmutableArray<IKubernetesObject> Objects(ClusterPlan cluster)
    {
        var objects = ImmutableArray.CreateBuilder<IKubernetesObject>();
        objects.Add(new V1PriorityClass
        {
            ApiVersion = "scheduling.k8s.io/v1",
            Kind = "PriorityClass",
            Metadata = new V1ObjectMeta { Name = Name, Labels = Labels(cluster, Name) },
            Value = Priority,
            GlobalDefault = false,
            PreemptionPolicy = "Never",
            Description = "FleetInfra node headroom: pause pods that any app pod preempts.",
        });
        objects.Add(new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta
            {
                Name = Name,
                Labels = new SortedDictionary<string, string>(Labels(cluster, Name), StringComparer.Ordinal)
                {
                    ["pod-security.kubernetes.io/enforce"] = "restricted",
                    ["pod-security.kubernetes.io/enforce-version"] = "latest",
                },
            },
        });
        objects.Add(new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new V1ObjectMeta { Name = NamespaceManifests.DefaultDenyPolicyName, NamespaceProperty = Name, Labels = Labels(cluster, Name) },
            Spec = new V1NetworkPolicySpec { PodSelector = new V1LabelSelector(), PolicyTypes = ["Ingress", "Egress"] },
        });
        foreach (var headroom in cluster.Headroom)
        {
            objects.Add(ToDeployment(cluster, headroom));
            if (headroom.Replicas > 1)
            {
                objects.Add(new V1PodDisruptionBudget
                {
                    ApiVersion = "policy/v1",
                    Kind = "PodDisruptionBudget",
                    Metadata = new V1ObjectMeta { Name = headroom.Name, NamespaceProperty = Name, Labels = Labels(cluster, headroom.Name) },
                    Spec = new V1PodDisruptionBudgetSpec { MaxUnavailable = 1, Selector = new V1LabelSelector { MatchLabels = Selector(headroom.Name) } },
                });
            }
        }

        return objects.ToImmutable();
    }

    private static V1Deployment ToDeployment(ClusterPlan cluster, HeadroomPlan headroom) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = headroom.Name, NamespaceProperty = Name, Labels = Labels(cluster, headroom.Name) },
        Spec = new V1DeploymentSpec
        {
            Replicas = headroom.Replicas,
            RevisionHistoryLimit = 2,
            Selector = new V1LabelSelector { MatchLabels = Selector(headroom.Name) },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels(cluster, headroom.Name) },
                Spec = new V1PodSpec
                {
                    PriorityClassName = Name,
                    AutomountServiceAccountToken = false,
                    EnableServiceLinks = false,
                    TerminationGracePeriodSeconds = 0,
                    NodeSelector = headroom.NodeGroup is { } group
                        ? new SortedDictionary<string, string>(StringComparer.Ordinal) { [NodeGroupLabel] = group }
                        : null,
                    SecurityContext = new V1PodSecurityContext
                    {
                        RunAsNonRoot = true,
                        RunAsUser = PauseUser,
                        RunAsGroup = PauseUser,
                        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                    },
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "pause",
                            Image = PauseImage,
                            ImagePullPolicy = "IfNotPresent",
                            Resources = new V1ResourceRequirements
                            {
                                Requests = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
                                {
                                    ["cpu"] = ResourceQuantities.Of(headroom.Cpu.ToString()),
                                    ["memory"] = ResourceQuantities.Of(headroom.Memory.ToString()),
                                },
                                Limits = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["memory"] = ResourceQuantities.Of(headroom.Memory.ToString()) },
                            },
                            SecurityContext = new V1SecurityContext
                            {
                                AllowPrivilegeEscalation = false,
                                ReadOnlyRootFilesystem = true,
                                RunAsNonRoot = true,
                                Capabilities = new V1Capabilities { Drop = ["ALL"] },
                            },
                        },
                    ],
                },
            },
        },
    };

    private static SortedDictionary<string, string> Labels(ClusterPlan cluster, string name) => ManifestLabels.For(cluster, name);

    private static SortedDictionary<string, string> Selector(string name) => new(StringComparer.Ordinal) { [ManifestLabels.Name] = name };
}
