using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Pulumi.Testing;

namespace PlatformTeam.Tests;

/// <summary>
/// Pulumi mocks for the payments fleet: every registration is recorded; resources of the providers the fleet uses
/// echo their inputs plus the few outputs a real provider computes and the components read (the EKS cluster's
/// kubeconfig, endpoint and OIDC provider, ARNs). Any other provider's resource or invoke fails the test.
/// </summary>
internal sealed class PaymentsMocks : IMocks
{
    public const string Endpoint = "https://EXAMPLE0A1B2C3D4.gr7.us-east-1.eks.amazonaws.com";
    public const string OidcHost = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    private const string AccountId = "123456789012";

    private static readonly string[] KnownProviders = ["aws:", "eks:", "kubernetes:", "random:", "pulumi:providers:", "fleet:index:"];

    /// <summary>Every resource registration, in order, with the inputs the program sent.</summary>
    public ConcurrentQueue<MockResourceArgs> Registered { get; } = new();

    public IReadOnlyList<MockResourceArgs> OfType(string type) => [.. Registered.Where(r => r.Type == type)];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Registered.Enqueue(args);
        var type = args.Type ?? "";
        if (!KnownProviders.Any(prefix => type.StartsWith(prefix, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"PaymentsMocks: unexpected resource type '{type}' ('{args.Name}')");
        }

        // The inputs as sent, over the computed outputs (an input such as a name wins over the mock's default).
        var state = Computed(type, args).SetItems(args.Inputs);
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", state));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        object result = args.Token switch
        {
            "aws:index/getAvailabilityZones:getAvailabilityZones" => Values(("names", ImmutableArray.Create("us-east-1a", "us-east-1b", "us-east-1c")), ("state", "available")),
            "aws:index/getPartition:getPartition" => Values(("partition", "aws"), ("dnsSuffix", "amazonaws.com")),
            _ => throw new InvalidOperationException($"PaymentsMocks: unexpected invoke '{args.Token}'"),
        };
        return Task.FromResult(result);
    }

    private static ImmutableDictionary<string, object> Computed(string type, MockResourceArgs args) => type switch
    {
        "eks:index:Cluster" => Values(
            ("kubeconfigJson", Kubeconfig),
            ("oidcProviderArn", $"arn:aws:iam::{AccountId}:oidc-provider/{OidcHost}"),
            ("oidcProviderUrl", $"https://{OidcHost}"),
            ("core", Values(("endpoint", Endpoint)))),
        "random:index/randomString:RandomString" => Values(("result", "k3x9q2")),
        _ when type.StartsWith("aws:", StringComparison.Ordinal) => Values(("arn", $"arn:aws:{type.Split(':')[1].Split('/')[0]}::{AccountId}:{args.Name}"), ("name", args.Name ?? "")),
        _ => ImmutableDictionary<string, object>.Empty,
    };

    private static string Kubeconfig { get; } = JsonSerializer.Serialize(new
    {
        apiVersion = "v1",
        kind = "Config",
        clusters = new[] { new { name = "payments", cluster = new { server = Endpoint } } },
    });

    private static ImmutableDictionary<string, object> Values(params (string Key, object Value)[] values) =>
        values.ToImmutableDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
