using System.Collections.Immutable;
using Pulumi.Testing;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>Typed reads of the inputs a resource was registered with (numbers arrive as doubles, maps as dictionaries).</summary>
internal static class MockInputs
{
    public static ImmutableDictionary<string, object> Map(this MockResourceArgs args, string key) =>
        Assert.IsType<ImmutableDictionary<string, object>>(args.Inputs[key], exactMatch: false);

    public static ImmutableDictionary<string, object> Map(this ImmutableDictionary<string, object> map, string key) =>
        Assert.IsType<ImmutableDictionary<string, object>>(map[key], exactMatch: false);

    public static string[] Strings(this MockResourceArgs args, string key) => Strings(args.Inputs, key);

    public static string[] Strings(this ImmutableDictionary<string, object> map, string key) =>
        [.. Assert.IsType<ImmutableArray<object>>(map[key]).Cast<string>()];

    public static ImmutableDictionary<string, object>[] Maps(this ImmutableDictionary<string, object> map, string key) =>
        [.. Assert.IsType<ImmutableArray<object>>(map[key]).Cast<ImmutableDictionary<string, object>>()];

    public static ImmutableDictionary<string, object>[] Maps(this MockResourceArgs args, string key) => Maps(args.Inputs, key);

    /// <summary>A string map input as a plain sorted dictionary, for whole-value comparisons.</summary>
    public static SortedDictionary<string, string> StringMap(this ImmutableDictionary<string, object> map, string key) =>
        new(map.Map(key).ToDictionary(kv => kv.Key, kv => (string)kv.Value), StringComparer.Ordinal);

    public static SortedDictionary<string, string> StringMap(this MockResourceArgs args, string key) => StringMap(args.Inputs, key);
}
