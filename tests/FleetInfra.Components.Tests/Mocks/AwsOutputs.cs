using System.Collections.Immutable;
using System.Text.Json;
using Pulumi.Testing;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>Computed outputs of the AWS and Pulumi.Eks resources the components create.</summary>
public static class AwsOutputs
{
    public const string Region = "us-east-1";
    public const string OidcHost = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    public const string ClusterEndpoint = "https://EXAMPLE0A1B2C3D4.gr7.us-east-1.eks.amazonaws.com";
    public static readonly ImmutableArray<string> AvailabilityZones = ["us-east-1a", "us-east-1b", "us-east-1c"];

    public static IReadOnlyDictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>> Resources { get; } =
        new Dictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>>(StringComparer.Ordinal)
        {
            ["aws:ec2/vpc:Vpc"] = a => Outputs(("arn", Arn("ec2", $"vpc/{a.Name}"))),
            ["aws:ec2/subnet:Subnet"] = a => Outputs(("arn", Arn("ec2", $"subnet/{a.Name}"))),
            ["aws:ec2/internetGateway:InternetGateway"] = a => Outputs(("arn", Arn("ec2", $"internet-gateway/{a.Name}"))),
            ["aws:ec2/eip:Eip"] = _ => Outputs(("allocationId", "eipalloc-0example"), ("publicIp", "203.0.113.10")),
            ["aws:ec2/natGateway:NatGateway"] = _ => Outputs(("publicIp", "203.0.113.10")),
            ["aws:ec2/routeTable:RouteTable"] = a => Outputs(("arn", Arn("ec2", $"route-table/{a.Name}"))),
            ["aws:ec2/route:Route"] = _ => None,
            ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = _ => None,
            ["aws:ec2/launchTemplate:LaunchTemplate"] = a => Outputs(("arn", Arn("ec2", $"launch-template/{a.Name}")), ("latestVersion", 1)),
            ["aws:kms/key:Key"] = a => Outputs(("arn", Arn("kms", $"key/{a.Name}")), ("keyId", $"{a.Name}-key-id")),
            ["aws:kms/alias:Alias"] = a => Outputs(("arn", Arn("kms", a.Input("name", a.Name ?? "")))),
            ["aws:iam/role:Role"] = a => Outputs(("arn", $"arn:aws:iam::{AccountId}:role/{a.Input("name", a.Name ?? "")}"), ("name", a.Input("name", a.Name ?? ""))),
            ["aws:iam/policy:Policy"] = a => Outputs(("arn", $"arn:aws:iam::{AccountId}:policy/{a.Input("name", a.Name ?? "")}"), ("name", a.Input("name", a.Name ?? ""))),
            ["aws:iam/rolePolicyAttachment:RolePolicyAttachment"] = _ => None,
            ["aws:acm/certificate:Certificate"] = Certificate,
            ["aws:acm/certificateValidation:CertificateValidation"] = a => Outputs(("certificateArn", a.Input("certificateArn", ""))),
            ["aws:route53/record:Record"] = a => Outputs(("fqdn", a.Input("name", a.Name ?? "").TrimEnd('.'))),
            ["pulumi:providers:aws"] = _ => None,
            ["eks:index:Cluster"] = EksCluster,
            ["eks:index:ManagedNodeGroup"] = _ => None,
        };

    public static IReadOnlyDictionary<string, Func<MockCallArgs, ImmutableDictionary<string, object>>> Calls { get; } =
        new Dictionary<string, Func<MockCallArgs, ImmutableDictionary<string, object>>>(StringComparer.Ordinal)
        {
            ["aws:index/getAvailabilityZones:getAvailabilityZones"] = _ => Outputs(
                ("id", Region), ("names", AvailabilityZones), ("zoneIds", ImmutableArray.Create("use1-az1", "use1-az2", "use1-az4")), ("state", "available")),
            ["aws:index/getPartition:getPartition"] = _ => Outputs(("id", "aws"), ("partition", "aws"), ("dnsSuffix", "amazonaws.com")),
            ["aws:index/getRegion:getRegion"] = _ => Outputs(("id", Region), ("name", Region), ("region", Region)),
        };

    /// <summary>
    /// The remote <c>eks:index:Cluster</c> component computes these outputs in its provider, so the mock must supply them:
    /// an exec-based kubeconfig (as Pulumi.Eks writes it), the OIDC provider and the core data's endpoint.
    /// </summary>
    private static ImmutableDictionary<string, object> EksCluster(MockResourceArgs args)
    {
        var clusterName = args.Input("name", $"{args.Name}-eksCluster-0123abcd");
        var kubeconfig = KubeconfigJson(clusterName);
        return Outputs(
            ("kubeconfigJson", kubeconfig),
            ("kubeconfig", JsonSerializer.Deserialize<Dictionary<string, object>>(kubeconfig)!.ToImmutableDictionary()),
            ("oidcProviderArn", $"arn:aws:iam::{AccountId}:oidc-provider/{OidcHost}"),
            // As Pulumi.Eks computes them: the provider URL is the issuer URL, the "issuer" is that URL without https://.
            ("oidcProviderUrl", $"https://{OidcHost}"),
            ("oidcIssuer", OidcHost),
            ("clusterSecurityGroupId", "sg-0cluster"),
            ("nodeSecurityGroupId", "sg-0node"),
            ("core", Outputs(("endpoint", ClusterEndpoint), ("vpcId", args.Input("vpcId", "vpc-0example")))));
    }

    /// <summary>An ACM certificate with one DNS validation record per name, as ACM computes them.</summary>
    private static ImmutableDictionary<string, object> Certificate(MockResourceArgs args)
    {
        var names = new List<string> { args.Input("domainName", "example.com") };
        if (args.Inputs.TryGetValue("subjectAlternativeNames", out var alternatives) && alternatives is ImmutableArray<object> list)
        {
            names.AddRange(list.Cast<string>());
        }

        var options = names.Select(name => (object)Outputs(
            ("domainName", name),
            ("resourceRecordName", $"_0example.{name.TrimStart('*', '.')}."),
            ("resourceRecordType", "CNAME"),
            ("resourceRecordValue", "_1example.acm-validations.aws."))).ToImmutableArray();
        return Outputs(("arn", Arn("acm", $"certificate/{args.Name}")), ("domainValidationOptions", options));
    }

    public static string KubeconfigJson(string clusterName) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Config",
        ["current-context"] = "aws",
        ["clusters"] = new[] { new { name = "kubernetes", cluster = new Dictionary<string, string> { ["server"] = ClusterEndpoint, ["certificate-authority-data"] = "LS0tLS1CRUdJTg==" } } },
        ["contexts"] = new[] { new { name = "aws", context = new { cluster = "kubernetes", user = "aws" } } },
        ["users"] = new[]
        {
            new
            {
                name = "aws",
                user = new
                {
                    exec = new { apiVersion = "client.authentication.k8s.io/v1beta1", command = "aws", args = new[] { "--region", Region, "eks", "get-token", "--cluster-name", clusterName, "--output", "json" } },
                },
            },
        },
    });

    private static string Arn(string service, string resource) => $"arn:aws:{service}:{Region}:{AccountId}:{resource}";
}
