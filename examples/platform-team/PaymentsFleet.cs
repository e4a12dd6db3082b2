using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Quantities;

namespace PlatformTeam;

/// <summary>
/// The payments team's fleet, written in code with FleetInfra.Core's records: one EKS cluster with its own
/// <see cref="ClusterConfig"/> and two apps, no stack file and no intents folder. <see cref="Plan"/> runs the core's
/// planner over them, which validates the apps and decides hosts, probes, scaling and add-ons.
/// </summary>
public static class PaymentsFleet
{
    /// <summary>The base domain of the public apps' hosts: <c>{app}.{cluster}.{Domain}</c>.</summary>
    public const string Domain = "payments.example.com";

    /// <summary>Where the fleet is defined, for the core's messages (there is no file to point at).</summary>
    public static readonly SourceLocation InCode = SourceLocation.StartOf("PaymentsFleet.cs");

    /// <summary>The team's only cluster: EKS in us-east-1 with one on-demand node group, its API reachable from the office range.</summary>
    public static ClusterConfig Cluster { get; } = new()
    {
        Name = "payments-use1",
        Provider = CloudProvider.Eks,
        Region = "us-east-1",
        KubernetesVersion = "1.33",
        ApiAccessCidrs = ["203.0.113.0/24"],
        VpcCidr = "10.40.0.0/16",
        NodeGroups =
        [
            new NodeGroupConfig
            {
                Name = "general",
                InstanceTypes = ["m6i.large", "m6a.large"],
                MinSize = 2,
                MaxSize = 5,
                DesiredSize = 2,
                Labels = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("team", "payments")]),
            },
        ],
        Source = InCode,
    };

    /// <summary>The apps: a public checkout API and a private ledger service.</summary>
    public static ImmutableArray<ApplicationIntent> Apps { get; } =
    [
        new ApplicationIntent
        {
            Name = "checkout",
            Source = InCode,
            Image = "registry.example.com/payments/checkout:3.2.1",
            Cpu = new CpuQuantity(500),
            Memory = new MemoryQuantity(512 * MemoryQuantity.Mebibyte),
            Ports = [new PortIntent { Number = 8080, IsPublic = true, Name = "http", Source = InCode }],
            MinInstances = 2,
            MaxInstances = 6,
            Readiness = new ProbeIntent { Kind = ProbeKind.Http, Port = 8080, Path = "/healthz" },
            Environment = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("LEDGER_URL", "http://ledger.ledger:9090")]),
        },
        new ApplicationIntent
        {
            Name = "ledger",
            Source = InCode,
            Image = "registry.example.com/payments/ledger:1.8.0",
            Ports = [new PortIntent { Number = 9090, IsPublic = false, Name = "grpc", Protocol = PortProtocol.Tcp, Source = InCode }],
            MinInstances = 2,
            MaxInstances = 2,
            Secrets = [new SecretReference("DATABASE_URL", "ledger-db", "url")],
        },
    ];

    /// <summary>The stack config the planner reads, built in code for one environment (<c>prod</c> protects the cluster).</summary>
    public static StackConfig Stack(string environment) => new()
    {
        StackName = environment,
        SourceFile = InCode.File,
        Environment = environment,
        PartOf = "payments",
        Domain = Domain,
        AppsDirectory = InCode.File,
        Clusters = [Cluster],
        Protect = StackConfig.IsProductionEnvironment(environment),
    };

    /// <summary>The plan of the fleet for <paramref name="environment"/>; every problem at once in a <see cref="FleetValidationException"/>.</summary>
    public static FleetPlan Plan(string environment)
    {
        var diagnostics = new DiagnosticBag();
        var plan = FleetPlanner.Plan(Stack(environment), Apps, diagnostics);
        return plan ?? throw new FleetValidationException(diagnostics.ToImmutableSorted());
    }
}
