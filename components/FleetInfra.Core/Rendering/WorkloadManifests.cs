using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>The app's ServiceAccount and Deployment, hardened to the restricted Pod Security Standard.</summary>
public static class WorkloadManifests
{
    public const string ContainerName = "app";

    /// <value>10001: a non-root UID, so images that default to root still start under runAsNonRoot.</value>
    public const long RunAsUser = 10001;

    /// <value>256Mi of scratch space at /tmp, the only writable path.</value>
    public const string TmpSizeLimit = "256Mi";

    public static V1ServiceAccount ToServiceAccount(ClusterPlan cluster, AppPlan app) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = new V1ObjectMeta { Name = app.Name, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        AutomountServiceAccountToken = false,
    };

    public static V1Deployment ToDeployment(ClusterPlan cluster, AppPlan app)
    {
        var labels = ManifestLabels.For(cluster, app);
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = app.Name, NamespaceProperty = app.Namespace, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                // With an HPA the autoscaler owns the replica count; a fixed value here would fight it on every apply.
                Replicas = app.Scaling.DeploymentReplicas,
                RevisionHistoryLimit = 5,
                Selector = new V1LabelSelector { MatchLabels = ManifestLabels.Selector(app) },
                Strategy = new V1DeploymentStrategy
                {
                    Type = "RollingUpdate",
                    RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = "25%", MaxUnavailable = 0 },
                },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = ManifestLabels.For(cluster, app) },
                    Spec = ToPodSpec(app),
                },
            },
        };
    }

    private static V1PodSpec ToPodSpec(AppPlan app) => new()
    {
        ServiceAccountName = app.Name,
        AutomountServiceAccountToken = false,
        EnableServiceLinks = false,
        TerminationGracePeriodSeconds = 30,
        SecurityContext = new V1PodSecurityContext
        {
            RunAsNonRoot = true,
            RunAsUser = RunAsUser,
            RunAsGroup = RunAsUser,
            FsGroup = RunAsUser,
            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
        },
        Containers = [ToContainer(app)],
        Volumes = [new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = ResourceQuantities.Of(TmpSizeLimit) } }],
        TopologySpreadConstraints =
        [
            Spread(app, "topology.kubernetes.io/zone"),
            Spread(app, "kubernetes.io/hostname"),
        ],
    };

    private static V1Container ToContainer(AppPlan app) => new()
    {
        Name = ContainerName,
        Image = app.Image,
        ImagePullPolicy = "IfNotPresent",
        Ports = app.HasPorts
            ? [.. app.Ports.Select(p => new V1ContainerPort { Name = p.Name, ContainerPort = p.Number, Protocol = Protocol(p) })]
            : null,
        Env = ToEnvironment(app),
        Resources = new V1ResourceRequirements
        {
            // No CPU limit: CFS throttling hurts latency more than it protects neighbours; requests reserve the share.
            Requests = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
            {
                ["cpu"] = ResourceQuantities.Of(app.Cpu.ToString()),
                ["memory"] = ResourceQuantities.Of(app.Memory.ToString()),
            },
            Limits = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["memory"] = ResourceQuantities.Of((app.MemoryLimit ?? app.Memory).ToString()) },
        },
        ReadinessProbe = app.Readiness is { } readiness ? ToProbe(app, readiness) : null,
        LivenessProbe = app.Liveness is { } liveness ? ToProbe(app, liveness) : null,
        SecurityContext = new V1SecurityContext
        {
            AllowPrivilegeEscalation = false,
            ReadOnlyRootFilesystem = true,
            RunAsNonRoot = true,
            Capabilities = new V1Capabilities { Drop = ["ALL"] },
        },
        VolumeMounts = [new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }],
    };

    private static List<V1EnvVar>? ToEnvironment(AppPlan app)
    {
        var variables = app.Environment
            .Select(e => new V1EnvVar { Name = e.Key, Value = e.Value })
            .Concat(app.Secrets.Select(s => new V1EnvVar
            {
                Name = s.EnvironmentVariable,
                ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = s.SecretName, Key = s.Key } },
            }))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        return variables.Count == 0 ? null : variables;
    }

    private static V1Probe ToProbe(AppPlan app, ProbeIntent probe)
    {
        var portName = app.Ports.First(p => p.Number == probe.Port).Name;
        return new V1Probe
        {
            HttpGet = probe.Kind == ProbeKind.Http ? new V1HTTPGetAction { Path = probe.Path, Port = portName } : null,
            TcpSocket = probe.Kind == ProbeKind.Tcp ? new V1TCPSocketAction { Port = portName } : null,
            InitialDelaySeconds = probe.InitialDelaySeconds,
            PeriodSeconds = probe.PeriodSeconds,
            TimeoutSeconds = probe.TimeoutSeconds,
            SuccessThreshold = probe.SuccessThreshold,
            FailureThreshold = probe.FailureThreshold,
        };
    }

    private static V1TopologySpreadConstraint Spread(AppPlan app, string topologyKey) => new()
    {
        MaxSkew = 1,
        TopologyKey = topologyKey,
        WhenUnsatisfiable = "ScheduleAnyway",
        LabelSelector = new V1LabelSelector { MatchLabels = ManifestLabels.Selector(app) },
    };

    public static string Protocol(PortIntent port) => port.Protocol == PortProtocol.Udp ? "UDP" : "TCP";
}
