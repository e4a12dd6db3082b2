using System.Collections.Immutable;
using Pulumi.Testing;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>Small helpers shared by the per-cloud output tables.</summary>
public static class MockValues
{
    public const string AccountId = "123456789012";

    public static ImmutableDictionary<string, object> None { get; } = ImmutableDictionary<string, object>.Empty;

    public static ImmutableDictionary<string, object> Outputs(params (string Key, object Value)[] values) =>
        values.ToImmutableDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    /// <summary>A string input of the registration, or <paramref name="fallback"/> when it was not set.</summary>
    public static string Input(this MockResourceArgs args, string key, string fallback) =>
        args.Inputs.TryGetValue(key, out var value) && value is string text ? text : fallback;
}
