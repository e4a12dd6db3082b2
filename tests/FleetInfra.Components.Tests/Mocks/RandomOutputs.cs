using System.Collections.Immutable;
using Pulumi.Testing;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>Deterministic Pulumi.Random results, so names built from them are predictable in tests.</summary>
public static class RandomOutputs
{
    public const string Suffix = "k3x9q2";

    public static IReadOnlyDictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>> Resources { get; } =
        new Dictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>>(StringComparer.Ordinal)
        {
            ["random:index/randomString:RandomString"] = a => Outputs(("result", Suffix[..Length(a, Suffix.Length)])),
            ["random:index/randomId:RandomId"] = _ => Outputs(("hex", "a1b2c3d4"), ("b64Url", "obLD1A"), ("dec", "2712847316")),
        };

    private static int Length(MockResourceArgs args, int max) =>
        args.Inputs.TryGetValue("length", out var value) && value is double length ? Math.Min((int)length, max) : max;
}
