using System.Collections.Immutable;
using Pulumi.Testing;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>Computed outputs of the GCP resources the components create.</summary>
public static class GcpOutputs
{
    public const string ClusterEndpoint = "34.76.10.20";
    public const string ClusterCaCertificate = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t";

    public static IReadOnlyDictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>> Resources { get; } =
        new Dictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>>(StringComparer.Ordinal)
        {
            ["gcp:compute/network:Network"] = a => Named(a, "global/networks"),
            ["gcp:compute/subnetwork:Subnetwork"] = a => Named(a, $"regions/{a.Input("region", "europe-west1")}/subnetworks"),
            ["gcp:compute/router:Router"] = a => Named(a, $"regions/{a.Input("region", "europe-west1")}/routers"),
            ["gcp:compute/routerNat:RouterNat"] = a => Outputs(("name", a.Input("name", a.Name ?? ""))),
            ["gcp:serviceaccount/account:Account"] = ServiceAccount,
            ["gcp:projects/iAMMember:IAMMember"] = _ => Outputs(("etag", "BwYexample=")),
            ["gcp:serviceaccount/iAMMember:IAMMember"] = _ => Outputs(("etag", "BwYexample=")),
            ["gcp:container/cluster:Cluster"] = a => Outputs(
                ("name", a.Input("name", $"{a.Name}-0123abc")),
                ("endpoint", ClusterEndpoint),
                ("masterAuth", Outputs(("clusterCaCertificate", ClusterCaCertificate))),
                ("selfLink", $"https://container.googleapis.com/v1/projects/{a.Input("project", "acme")}/locations/{a.Input("location", "europe-west1")}/clusters/{a.Name}")),
            ["gcp:container/nodePool:NodePool"] = a => Outputs(("name", a.Input("name", $"{a.Name}-0123abc"))),
            ["gcp:compute/globalAddress:GlobalAddress"] = a => Named(a, "global/addresses").SetItem("address", AddressOf(a.Input("name", a.Name ?? ""))),
            ["gcp:dns/recordSet:RecordSet"] = _ => None,
            ["gcp:compute/firewall:Firewall"] = a => Named(a, "global/firewalls"),
        };

    /// <summary>A stable address per address name, so tests can tell which record points where.</summary>
    public static string AddressOf(string addressName) => $"34.120.{addressName.Sum(c => c) % 250}.{addressName.Length}";

    private static ImmutableDictionary<string, object> Named(MockResourceArgs args, string collection)
    {
        var name = args.Input("name", $"{args.Name}-0123abc");
        var project = args.Input("project", "acme");
        return Outputs(("name", name), ("selfLink", $"https://www.googleapis.com/compute/v1/projects/{project}/{collection}/{name}"));
    }

    private static ImmutableDictionary<string, object> ServiceAccount(MockResourceArgs args)
    {
        var email = $"{args.Input("accountId", args.Name ?? "")}@{args.Input("project", "acme")}.iam.gserviceaccount.com";
        return Outputs(("email", email), ("member", $"serviceAccount:{email}"), ("name", $"projects/{args.Input("project", "acme")}/serviceAccounts/{email}"));
    }
}
