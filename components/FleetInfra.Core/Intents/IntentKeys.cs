using FleetInfra.Core.Naming;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Intents;

/// <summary>
/// The YAML keys of an application intent (Qovery-style names) with their shapes, ranges and meanings: the parser
/// checks keys and ranges against these tables and <c>fleet schema</c> writes them as JSON Schema. A new key needs
/// only an entry here (and the code that reads it).
/// </summary>
public static class IntentKeys
{
    public const string Application = "application";
    public const string BuildMode = "build_mode";
    public const string Image = "image";
    public const string Cpu = "cpu";
    public const string Memory = "memory";
    public const string Ports = "ports";
    public const string MinInstances = "min_running_instances";
    public const string MaxInstances = "max_running_instances";
    public const string HealthChecks = "healthchecks";
    public const string Environment = "environment_variables";
    public const string Secrets = "secrets";
    public const string CustomDomains = "custom_domains";
    public const string Schedule = "schedule";

    public const string AllowFrom = "allow_from";

    /// <summary>A port number, in the long form's <c>internal_port</c>, the short form's key and a probe's <c>port</c>.</summary>
    public static readonly IntegerSpec PortNumber = new(1, 65535);

    public static readonly TextSpec AppName = TextSpec.Matching(ValuePatterns.DnsLabel, KubernetesNames.MaxLabelLength);

    public static readonly TextSpec EnvironmentVariableName = TextSpec.Matching(ValuePatterns.EnvironmentVariable);

    public static readonly KeyTable HttpCheck = new("httpCheck", "An HTTP GET on a port of the app; 2xx and 3xx are healthy.",
        new KeySpec("port", PortNumber, "The port to check: one of the app's ports.") { Required = true },
        new KeySpec("path", TextSpec.Matching(ValuePatterns.HttpPath), "The HTTP path, starting with '/'.") { Default = "/" });

    public static readonly KeyTable TcpCheck = new("tcpCheck", "A TCP connection to a port of the app.",
        new KeySpec("port", PortNumber, "The port to check: one of the app's ports.") { Required = true });

    public static readonly KeyTable ProbeType = new("probeType", "Exactly one of http or tcp.",
        new KeySpec("http", HttpCheck, "Check with an HTTP GET: { port, path }."),
        new KeySpec("tcp", TcpCheck, "Check that the port accepts a TCP connection: { port }."))
    { ExactlyOne = true };

    public static readonly KeyTable Probe = new("probe", "A health check: type: { http: { port, path } } or type: { tcp: { port } } plus its timing.",
        new KeySpec("type", ProbeType, "type: { http: { port, path } } or type: { tcp: { port } }. The port must be one of the app's ports.") { Required = true },
        new KeySpec("initial_delay_seconds", new IntegerSpec(0, 3600), "Seconds after the container starts before the first check.") { Default = ProbeIntent.DefaultInitialDelaySeconds },
        new KeySpec("period_seconds", new IntegerSpec(1, 3600), "Seconds between checks.") { Default = ProbeIntent.DefaultPeriodSeconds },
        new KeySpec("timeout_seconds", new IntegerSpec(1, 3600), "Seconds before a check times out.") { Default = ProbeIntent.DefaultTimeoutSeconds },
        new KeySpec("success_threshold", new IntegerSpec(1, 100), "Successes in a row that make the app healthy again.") { Default = ProbeIntent.DefaultSuccessThreshold },
        new KeySpec("failure_threshold", new IntegerSpec(1, 100), "Failures in a row that make the app unhealthy.") { Default = ProbeIntent.DefaultFailureThreshold });

    /// <summary>A liveness probe: a probe whose success threshold must be 1 (a Kubernetes rule).</summary>
    public static readonly KeyTable LivenessProbe = Probe.With("livenessProbe", "success_threshold", new IntegerSpec(1, 1)) with
    {
        Description = "A liveness check: the container restarts when it fails. success_threshold must be 1.",
    };

    public static readonly KeyTable HealthCheckProbes = new(null, "The app's health checks.",
        new KeySpec("readiness_probe", Probe, "When the app may receive traffic. Default: TCP on the first port."),
        new KeySpec("liveness_probe", LivenessProbe, "When the container is restarted. Default: none."));

    public static readonly KeyTable Port = new("port", "A port in the long form: { internal_port, publicly_accessible, name, protocol }.",
        new KeySpec("internal_port", PortNumber, "The container port.") { Required = true },
        new KeySpec("publicly_accessible", BooleanSpec.Instance, "Reachable from the internet through the Ingress (HTTP only); otherwise from pods in the cluster only.") { Default = false },
        new KeySpec("name", TextSpec.Matching(ValuePatterns.PortName, KubernetesNames.MaxPortNameLength), "The Service port name: lower-case letters, digits and '-', at most 15, at least one letter. Default http-8080, tcp-5432 or udp-53."),
        new KeySpec("protocol", new TextSpec { Enum = ["HTTP", "TCP", "UDP"], IgnoreCase = true }, "HTTP, TCP or UDP; public ports must be HTTP.") { Default = "HTTP" });

    /// <summary>The short form of a port: <c>- 8080: true</c> (port: publicly accessible).</summary>
    public static readonly MapSpec ShortPort = new(TextSpec.Matching(ValuePatterns.PortNumber), BooleanSpec.Instance) { MinEntries = 1, MaxEntries = 1 };

    public static readonly KeyTable SecretReference = new("secretReference", "A reference to a key of an existing Kubernetes Secret; the value never passes through FleetInfra.",
        new KeySpec("secret", TextSpec.Matching(ValuePatterns.DnsSubdomain, KubernetesNames.MaxHostLength), "The name of an existing Secret in the app's namespace.") { Required = true },
        new KeySpec("key", TextSpec.Matching(ValuePatterns.SecretKey, KubernetesNames.MaxHostLength), "The key inside that Secret.") { Required = true });

    public static readonly KeyTable CustomDomain = new("customDomain", "A host routed to the app's first public port instead of the default host.",
        new KeySpec("domain", TextSpec.Matching(ValuePatterns.HostName), "A lower-case host name like api.example.com; no wildcards.") { Required = true },
        new KeySpec("generate_certificate", BooleanSpec.Instance, "GKE: put the host on the app's ManagedCertificate. EKS: the ALB discovers the ACM certificate for the host (or uses the cluster's certificateArn).") { Default = true });

    public static readonly KeyTable WorkingHours = new("workingHours", "When the app runs; outside these hours it scales to zero.",
        new KeySpec("active", AnyOfSpec.Of(TextSpec.Matching(ValuePatterns.WorkingHoursWindow), new ListSpec(TextSpec.Matching(ValuePatterns.WorkingHoursWindow)) { MinItems = 1 }),
            "Days and hours, like \"Mon-Fri 07:00-20:00\", or a list of them.") { Required = true },
        new KeySpec("timezone", TextSpec.Any, "An IANA time zone, like Europe/Paris or UTC.") { Required = true });

    /// <summary>A schedule: working hours, or <c>always</c> to opt out of the stack's default.</summary>
    public static readonly AnyOfSpec ScheduleSpec = AnyOfSpec.Of(TextSpec.OneOf("always"), WorkingHours);

    public static readonly KeyTable App = new("application", "One application: what it runs, how big it is, how it is reached and checked.",
        new KeySpec(BuildMode, TextSpec.OneOf("DOCKER", "IMAGE"),
            "DOCKER: CI builds the image and pushes it to fleet:imageRegistry; the image becomes <imageRegistry>/<app>:<imageTag>. IMAGE: use image.") { Default = "IMAGE" },
        new KeySpec(Image, TextSpec.Matching(ValuePatterns.PinnedImage),
            "A pinned image: repo:tag (not latest) or repo@sha256:...; required unless build_mode: DOCKER with fleet:imageRegistry."),
        new KeySpec(Cpu, AnyOfSpec.Of(
                new IntegerSpec(CpuQuantity.MinMillicores, CpuQuantity.MaxMillicores),
                new FractionSpec(CpuQuantity.MinMillicores / 1000m, CpuQuantity.MaxMillicores / 1000m),
                TextSpec.Matching(ValuePatterns.CpuQuantity)),
            "An unquoted integer is millicores (500); text is a Kubernetes quantity (500m, \"0.5\", \"2\" = two cores). 10m to 64 cores.") { Default = "250m" },
        new KeySpec(Memory, AnyOfSpec.Of(
                new IntegerSpec((int)(MemoryQuantity.MinBytes / MemoryQuantity.Mebibyte), (int)(MemoryQuantity.MaxBytes / MemoryQuantity.Mebibyte)),
                TextSpec.Matching(MemoryQuantity.Pattern)),
            "An unquoted integer is MB; MB and GB mean mebibytes and gibibytes (4096MB = 4096Mi); any other Kubernetes quantity (512Mi, 1G) passes through. 16Mi to 512Gi.") { Default = "256Mi" },
        new KeySpec(Ports, new ListSpec(AnyOfSpec.Of(ShortPort, Port)),
            "List of - 8080: true (port: publicly accessible) or - { internal_port: 9090, publicly_accessible: false, name: metrics, protocol: HTTP|TCP|UDP }; public ports must be HTTP."),
        new KeySpec(MinInstances, new IntegerSpec(1, ApplicationIntentParser.MaxInstancesLimit), "Replicas; with min < max an HPA (70% CPU) owns the replica count.") { Default = 1 },
        new KeySpec(MaxInstances, new IntegerSpec(1, ApplicationIntentParser.MaxInstancesLimit), "Replicas at most; defaults to min_running_instances."),
        new KeySpec(HealthChecks, HealthCheckProbes, "readiness_probe and liveness_probe. Default readiness: TCP on the first port."),
        new KeySpec(Environment, new MapSpec(EnvironmentVariableName, new TextSpec { AcceptsAnyScalar = true }), "Map of variable name to text value."),
        new KeySpec(Secrets, new MapSpec(EnvironmentVariableName, SecretReference),
            "Map of variable name to { secret: NAME, key: KEY } of an existing Kubernetes Secret. A plain value is an error."),
        new KeySpec(CustomDomains, new ListSpec(CustomDomain),
            "[{ domain, generate_certificate }]: hosts routed to the first public port instead of the default host."),
        new KeySpec(AllowFrom, new ListSpec(AppName),
            "The apps whose pods may reach this app's private ports (besides its own team's apps when teams exist); public ports stay reachable from the load balancer."),
        new KeySpec(Schedule, ScheduleSpec,
            "Working hours: { active: \"Mon-Fri 07:00-20:00\", timezone: Europe/Paris } (active may be a list); outside them the app scales to zero. always opts out of fleet:schedule."))
    {
        Rules = [new KeyRule(BuildMode, "DOCKER", [], []) { RequiredOtherwise = [Image] }],
    };

    /// <summary>The keys an app may set (unknown keys are errors with a did-you-mean).</summary>
    public static readonly IReadOnlyCollection<string> All = App;

    /// <summary>What a stack may override per app through <c>fleet:appOverrides</c>.</summary>
    public static readonly KeyTable Overridable = App.Only("appOverride",
        "This stack's values for one app: image, cpu, memory, instances, custom domains (replaced; [] serves the default hosts); environment_variables are merged.",
        [Image, Cpu, Memory, MinInstances, MaxInstances, Environment, Schedule, CustomDomains]);

    /// <summary>An intent file: <c>application: { my-app: { ... } }</c>.</summary>
    public static readonly KeyTable TopLevel = new(null, "FleetInfra application intents: any number of apps per file.",
        new KeySpec(Application, new MapSpec(AppName, App) { ValuesMayBeEmpty = true },
            "The apps, by name. A name must already be a DNS-1123 label (a-z, 0-9, -, at most 63).") { Required = true });
}
