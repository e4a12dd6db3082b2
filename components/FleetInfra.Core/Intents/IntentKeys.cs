using System.Collections.Immutable;
using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Scheduling;

namespace FleetInfra.Core.Intents;

/// <summary>
/// The YAML keys of an application intent (Qovery-style names) with their shapes, ranges, meanings and how each is
/// read: the parser walks these tables (<see cref="TableReader"/>), <c>fleet schema</c> writes them as JSON Schema and
/// the reference page (docs/reference/intent.md) lists them. A new key needs only an entry here; a rule across keys
/// is a small class in <c>Intents/Rules</c>.
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
    public static readonly IntegerSpec PortNumber = new(1, 65535) { What = "a port number" };

    public static readonly TextSpec AppName = TextSpec.Matching(CompiledPatterns.DnsLabel(), KubernetesNames.MaxLabelLength);

    public static readonly TextSpec EnvironmentVariableName = TextSpec.Matching(CompiledPatterns.EnvironmentVariable()) with
    {
        Explain = name => $"'{name}' is not a valid environment variable name; use letters, digits and '_', not starting with a digit",
    };

    private static readonly KeySpec ProbePort = new KeySpec("port", PortNumber, "The port to check: one of the app's ports.") { Required = true }
        .MissingSays("is missing; set the port to check, one of the app's ports")
        .Reads<ProbeIntent, int>(PortNumber.TryRead, (probe, port, at) => probe with { Port = port, Source = at });

    public static readonly KeyTable HttpCheck = new("httpCheck", "An HTTP GET on a port of the app; 2xx and 3xx are healthy.",
        ProbePort,
        new KeySpec("path", TextSpec.Matching(CompiledPatterns.HttpPath()) with
        {
            What = "an HTTP path like /healthz",
            Explain = path => $"'{path}' is not an HTTP path; start it with '/' and leave out spaces",
        }, "The HTTP path, starting with '/'.") { Default = "/" }
            .ReadsText<ProbeIntent>((probe, path) => probe with { Path = path }));

    public static readonly KeyTable TcpCheck = new("tcpCheck", "A TCP connection to a port of the app.", ProbePort);

    public static readonly KeyTable ProbeType = new("probeType", "Exactly one of http or tcp.",
        new KeySpec("http", HttpCheck, "Check with an HTTP GET: { port, path }.")
            .ReadsTable<ProbeIntent>("{ port: 8080, path: /healthz }", probe => probe with { Kind = ProbeKind.Http, Path = "/" }),
        new KeySpec("tcp", TcpCheck, "Check that the port accepts a TCP connection: { port }.")
            .ReadsTable<ProbeIntent>("{ port: 8080 }", probe => probe with { Kind = ProbeKind.Tcp }))
    { ExactlyOne = true };

    public static readonly KeyTable Probe = new("probe", "A health check: type: { http: { port, path } } or type: { tcp: { port } } plus its timing.",
        new KeySpec("type", ProbeType, "type: { http: { port, path } } or type: { tcp: { port } }. The port must be one of the app's ports.") { Required = true }
            .MissingSays("is missing; set type: { http: { port: 8080, path: /healthz } } or type: { tcp: { port: 8080 } }")
            .ReadsTable<ProbeIntent>("{ http: { port: 8080, path: /healthz } }"),
        Timing("initial_delay_seconds", 0, "Seconds after the container starts before the first check.", ProbeIntent.DefaultInitialDelaySeconds,
            (probe, seconds) => probe with { InitialDelaySeconds = seconds }),
        Timing("period_seconds", 1, "Seconds between checks.", ProbeIntent.DefaultPeriodSeconds,
            (probe, seconds) => probe with { PeriodSeconds = seconds }),
        Timing("timeout_seconds", 1, "Seconds before a check times out.", ProbeIntent.DefaultTimeoutSeconds,
            (probe, seconds) => probe with { TimeoutSeconds = seconds }),
        Timing("success_threshold", 1, "Successes in a row that make the app healthy again.", ProbeIntent.DefaultSuccessThreshold,
            (probe, count) => probe with { SuccessThreshold = count }, max: 100),
        Timing("failure_threshold", 1, "Failures in a row that make the app unhealthy.", ProbeIntent.DefaultFailureThreshold,
            (probe, count) => probe with { FailureThreshold = count }, max: 100));

    /// <summary>
    /// A liveness probe: a probe whose success threshold must be 1 (a Kubernetes rule). The parser reads it with the
    /// probe's range and <see cref="Rules.LivenessSucceedsOnce"/> says why it must be 1.
    /// </summary>
    public static readonly KeyTable LivenessProbe = Probe.With("livenessProbe", "success_threshold", new IntegerSpec(1, 1)) with
    {
        Description = "A liveness check: the container restarts when it fails. success_threshold must be 1.",
    };

    public static readonly KeyTable HealthCheckProbes = new(null, "The app's health checks.",
        new KeySpec("readiness_probe", Probe, "When the app may receive traffic. Default: TCP on the first port.")
            .Reads<ApplicationIntent, ProbeIntent>(IntentReaders.Readiness, (intent, probe) => intent with { Readiness = probe }),
        new KeySpec("liveness_probe", LivenessProbe, "When the container is restarted. Default: none.")
            .Reads<ApplicationIntent, ProbeIntent>(IntentReaders.Liveness, (intent, probe) => intent with { Liveness = probe }));

    public static readonly KeyTable Port = new("port", "A port in the long form: { internal_port, publicly_accessible, name, protocol }.",
        new KeySpec("internal_port", PortNumber, "The container port.") { Required = true }
            .MissingSays("is missing; write the port as {8080: true} or {internal_port: 8080, publicly_accessible: true}")
            .Reads<PortIntent, int>(PortNumber.TryRead, (port, number, at) => port with { Number = number, Source = at }),
        new KeySpec("publicly_accessible", BooleanSpec.Instance, "Reachable from the internet through the Ingress (HTTP only); otherwise from pods in the cluster only.") { Default = false }
            .ReadsBoolean<PortIntent>((port, isPublic) => port with { IsPublic = isPublic }),
        new KeySpec("name", TextSpec.Matching(CompiledPatterns.PortName(), KubernetesNames.MaxPortNameLength) with { What = "a port name like http" },
            "The Service port name: lower-case letters, digits and '-', at most 15, at least one letter. Default http-8080, tcp-5432 or udp-53.")
            .ReadsUncheckedText<PortIntent>((port, name) => port with { Name = name }),
        new KeySpec("protocol", new TextSpec
        {
            Enum = ["HTTP", "TCP", "UDP"],
            IgnoreCase = true,
            What = "HTTP, TCP or UDP",
            Explain = protocol => $"'{protocol}' is not supported; use HTTP, TCP or UDP",
        }, "HTTP, TCP or UDP; public ports must be HTTP.") { Default = "HTTP" }
            .ReadsText<PortIntent>((port, protocol) => port with { Protocol = Enum.Parse<PortProtocol>(protocol, ignoreCase: true) }));

    /// <summary>The short form of a port: <c>- 8080: true</c> (port: publicly accessible).</summary>
    public static readonly MapSpec ShortPort = new(TextSpec.Matching(ValuePatterns.PortNumber), BooleanSpec.Instance) { MinEntries = 1, MaxEntries = 1 };

    public static readonly KeyTable SecretReference = new("secretReference", "A reference to a key of an existing Kubernetes Secret; the value never passes through FleetInfra.",
        new KeySpec("secret", TextSpec.Matching(CompiledPatterns.DnsSubdomain(), KubernetesNames.MaxHostLength) with
        {
            What = "the name of an existing Secret",
            Explain = name => $"'{name}' is not a valid Secret name; use lower-case letters, digits, '-' and '.' like '{Suggestions.ToDnsLabel(name)}'",
        }, "The name of an existing Secret in the app's namespace.") { Required = true }
            .MissingSays("is missing; name the existing Kubernetes Secret to read from")
            .ReadsText<SecretReference>((reference, name) => reference with { SecretName = name }),
        new KeySpec("key", TextSpec.Matching(CompiledPatterns.SecretKey(), KubernetesNames.MaxHostLength) with
        {
            What = "a key of that Secret",
            Explain = key => $"'{key}' is not a valid Secret key; use letters, digits, '-', '_' and '.'",
        }, "The key inside that Secret.") { Required = true }
            .MissingSays("is missing; name the key inside the Secret")
            .ReadsText<SecretReference>((reference, key) => reference with { Key = key }));

    public static readonly KeyTable CustomDomain = new("customDomain", "A host routed to the app's first public port instead of the default host.",
        new KeySpec("domain", TextSpec.Matching(CompiledPatterns.HostName()) with
        {
            What = "a host name like api.example.com",
            Explain = domain => $"'{domain}' is not a valid host name; "
                + (domain.Contains('*', StringComparison.Ordinal) ? "wildcards are not supported; list each host" : $"use a lower-case host name like '{domain.ToLowerInvariant().Trim('.')}'"),
        }, "A lower-case host name like api.example.com; no wildcards.") { Required = true }
            .MissingSays("is missing; set the host name, like api.example.com")
            .ReadsText<CustomDomain>((custom, domain, at) => custom with { Domain = domain, Source = at }),
        new KeySpec("generate_certificate", BooleanSpec.Instance, "GKE: put the host on the app's ManagedCertificate. EKS: the ALB discovers the ACM certificate for the host (or uses the cluster's certificateArn).") { Default = true }
            .ReadsBoolean<CustomDomain>((custom, generate) => custom with { GenerateCertificate = generate }));

    public static readonly KeyTable WorkingHours = new("workingHours", "When the app runs; outside these hours it scales to zero.",
        new KeySpec("active", AnyOfSpec.Of(TextSpec.Matching(ValuePatterns.WorkingHoursWindow), new ListSpec(TextSpec.Matching(ValuePatterns.WorkingHoursWindow)) { MinItems = 1 }),
            "Days and hours, like \"Mon-Fri 07:00-20:00\", or a list of them.") { Required = true },
        new KeySpec("timezone", TextSpec.Any, "An IANA time zone, like Europe/Paris or UTC.") { Required = true });

    /// <summary>A schedule: working hours, or <c>always</c> to opt out of the stack's default.</summary>
    public static readonly AnyOfSpec ScheduleSpec = AnyOfSpec.Of(TextSpec.OneOf("always"), WorkingHours);

    public static readonly KeyTable App = new("application", "One application: what it runs, how big it is, how it is reached and checked.",
        new KeySpec(BuildMode, TextSpec.OneOf("DOCKER", "IMAGE") with
        {
            What = "DOCKER or IMAGE",
            Explain = mode => $"'{mode}' is not supported; use DOCKER (image built by CI and pushed to fleet:imageRegistry) or IMAGE (set image)",
        }, "DOCKER: CI builds the image and pushes it to fleet:imageRegistry; the image becomes <imageRegistry>/<app>:<imageTag>. IMAGE: use image.") { Default = "IMAGE" }
            .ReadsText<ApplicationIntent>((intent, mode) => intent with { BuildMode = mode == "DOCKER" ? Intents.BuildMode.Docker : Intents.BuildMode.Image }),
        new KeySpec(Image, TextSpec.Matching(CompiledPatterns.PinnedImage()) with
        {
            What = "an image reference like registry.example.com/team/app:1.2.3",
            Explain = ImageReferences.Problem,
        }, "A pinned image: repo:tag (not latest) or repo@sha256:...; required unless build_mode: DOCKER with fleet:imageRegistry.")
            .ReadsText<ApplicationIntent>((intent, image) => intent with { Image = image }),
        new KeySpec(Cpu, AnyOfSpec.Of(
                new IntegerSpec(CpuQuantity.MinMillicores, CpuQuantity.MaxMillicores),
                new FractionSpec(CpuQuantity.MinMillicores / 1000m, CpuQuantity.MaxMillicores / 1000m),
                TextSpec.Matching(ValuePatterns.CpuQuantity)),
            "An unquoted integer is millicores (500); text is a Kubernetes quantity (500m, \"0.5\", \"2\" = two cores). 10m to 64 cores.") { Default = "250m" }
            .Reads<ApplicationIntent, CpuQuantity>(IntentReaders.Cpu, (intent, cpu) => intent with { Cpu = cpu }),
        new KeySpec(Memory, AnyOfSpec.Of(
                new IntegerSpec((int)(MemoryQuantity.MinBytes / MemoryQuantity.Mebibyte), (int)(MemoryQuantity.MaxBytes / MemoryQuantity.Mebibyte)),
                TextSpec.Matching(MemoryQuantity.Pattern)),
            "An unquoted integer is MB; MB and GB mean mebibytes and gibibytes (4096MB = 4096Mi); any other Kubernetes quantity (512Mi, 1G) passes through. 16Mi to 512Gi.") { Default = "256Mi" }
            .Reads<ApplicationIntent, MemoryQuantity>(IntentReaders.Memory, (intent, memory) => intent with { Memory = memory }),
        new KeySpec(Ports, new ListSpec(AnyOfSpec.Of(ShortPort, Port)),
            "List of - 8080: true (port: publicly accessible) or - { internal_port: 9090, publicly_accessible: false, name: metrics, protocol: HTTP|TCP|UDP }; public ports must be HTTP.")
            .Reads<ApplicationIntent, ImmutableArray<PortIntent>>(IntentReaders.Ports, (intent, ports) => intent with { Ports = ports }),
        new KeySpec(MinInstances, new IntegerSpec(1, ApplicationIntentParser.MaxInstancesLimit) { What = "the minimum number of running instances" },
            "Replicas; with min < max an HPA (70% CPU) owns the replica count.") { Default = 1 }
            .ReadsInteger<ApplicationIntent>((intent, min) => intent with { MinInstances = min }),
        new KeySpec(MaxInstances, new IntegerSpec(1, ApplicationIntentParser.MaxInstancesLimit) { What = "the maximum number of running instances" },
            "Replicas at most; defaults to min_running_instances.")
            .ReadsInteger<ApplicationIntent>((intent, max) => intent with { MaxInstances = max }),
        new KeySpec(HealthChecks, HealthCheckProbes, "readiness_probe and liveness_probe. Default readiness: TCP on the first port.")
            .ReadsTable<ApplicationIntent>("{ readiness_probe: { type: { http: { port: 8080, path: /healthz } } } }"),
        new KeySpec(Environment, new MapSpec(EnvironmentVariableName, new TextSpec { AcceptsAnyScalar = true }), "Map of variable name to text value.")
            .Reads<ApplicationIntent, IReadOnlyList<KeyValuePair<string, string>>>(IntentReaders.Environment,
                (intent, variables) => intent with { Environment = intent.Environment.SetItems(variables) }),
        new KeySpec(Secrets, new MapSpec(EnvironmentVariableName, SecretReference),
            "Map of variable name to { secret: NAME, key: KEY } of an existing Kubernetes Secret. A plain value is an error.")
            .Reads<ApplicationIntent, ImmutableArray<SecretReference>>(IntentReaders.Secrets, (intent, secrets) => intent with { Secrets = secrets }),
        new KeySpec(CustomDomains, new ListSpec(CustomDomain),
            "[{ domain, generate_certificate }]: hosts routed to the first public port instead of the default host.")
            .Reads<ApplicationIntent, ImmutableArray<CustomDomain>>(IntentReaders.CustomDomains, (intent, domains) => intent with { CustomDomains = domains }),
        new KeySpec(AllowFrom, new ListSpec(AppName),
            "The apps whose pods may reach this app's private ports (besides its own team's apps when teams exist); public ports stay reachable from the load balancer.")
            .Reads<ApplicationIntent, ImmutableArray<AppReference>>(IntentReaders.AllowFrom, (intent, apps) => intent with { AllowFrom = apps }),
        new KeySpec(Schedule, ScheduleSpec,
            "Working hours: { active: \"Mon-Fri 07:00-20:00\", timezone: Europe/Paris } (active may be a list); outside them the app scales to zero. always opts out of fleet:schedule.")
            .Reads<ApplicationIntent, ScheduleSetting>(IntentReaders.Schedule, (intent, schedule) => intent with { Schedule = schedule }),
        new KeySpec("placement", Placement.PlacementKeys.Placement,
            "The clusters the app runs on: { clusters: { matchLabels: { tier: edge }, matchExpressions: [...] } }; fleet:placement overrides it per stack. Default: every cluster.")
            .Reads<ApplicationIntent, Placement.ClusterSelector>(Placement.SelectorReader.Placement, (intent, placement) => intent with { Placement = placement }),
        new KeySpec(AutoscalingKeys.VerticalScalingKey, AutoscalingKeys.VerticalScalingSpec,
            "off, recommend (a VerticalPodAutoscaler that only recommends) or auto (it resizes pods: in place on Kubernetes 1.33+, else by recreating them); or { mode, min_cpu, max_cpu, min_memory, max_memory }. auto cannot be combined with scaling on cpu or memory.") { Default = "off" }
            .Reads<ApplicationIntent, VerticalScaling>(AutoscalingReaders.Vertical, (intent, vertical) => intent with { VerticalScaling = vertical }),
        new KeySpec(AutoscalingKeys.AutoscalingKey, AutoscalingKeys.AutoscalingTable,
            "{ cpu: 70, memory: 80, prometheus: [{ query, threshold, serverAddress? }] }: what drives the replica count between min and max. Default: 70% CPU.")
            .Reads<ApplicationIntent, HorizontalScaling>(AutoscalingReaders.Horizontal, (intent, scaling) => intent with { Autoscaling = scaling }))
    {
        Rules = [new KeyRule(BuildMode, "DOCKER", [], []) { RequiredOtherwise = [Image] }],
    };

    /// <summary>The keys an app may set (unknown keys are errors with a did-you-mean).</summary>
    public static readonly IReadOnlyCollection<string> All = App;

    /// <summary>What a stack may override per app through <c>fleet:appOverrides</c>.</summary>
    public static readonly KeyTable Overridable = App.Only("appOverride",
        "This stack's values for one app: image, cpu, memory, instances, custom domains (replaced; [] serves the default hosts); environment_variables are merged.",
        [Image, Cpu, Memory, MinInstances, MaxInstances, Environment, Schedule, CustomDomains, AutoscalingKeys.VerticalScalingKey]);

    /// <summary>An intent file: <c>application: { my-app: { ... } }</c>.</summary>
    public static readonly KeyTable TopLevel = new(null, "FleetInfra application intents: any number of apps per file.",
        new KeySpec(Application, new MapSpec(AppName, App) { ValuesMayBeEmpty = true },
            "The apps, by name. A name must already be a DNS-1123 label (a-z, 0-9, -, at most 63).") { Required = true });

    /// <summary>A probe's timing key: seconds or a count, read with the probe's range.</summary>
    private static KeySpec Timing(string name, int min, string description, int defaultValue, Func<ProbeIntent, int, ProbeIntent> set, int max = 3600) =>
        new KeySpec(name, new IntegerSpec(min, max) { What = name.Replace('_', ' ') }, description) { Default = defaultValue }.ReadsInteger(set);
}
