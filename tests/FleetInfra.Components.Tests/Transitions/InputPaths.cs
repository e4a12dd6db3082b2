using System.Collections;
using System.Collections.Immutable;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>Input values as the mock monitor passes them (maps, lists, scalars) compared path by path.</summary>
internal static class InputPaths
{
    /// <summary>The deepest paths at which the two values differ (<c>spec.tls[0].hosts</c>), sorted; empty when equal.</summary>
    public static ImmutableArray<string> Differences(object? before, object? after)
    {
        var paths = new List<string>();
        Compare("", before, after, paths);
        return [.. paths.Order(StringComparer.Ordinal)];
    }

    /// <summary>The value at a dot-separated path, or null.</summary>
    public static object? At(object? value, string path)
    {
        foreach (var part in path.Split('.'))
        {
            value = value is IDictionary<string, object> map && map.TryGetValue(part, out var next) ? next : null;
        }

        return value;
    }

    /// <summary>The strings of a list value at <paramref name="path"/> (empty when absent).</summary>
    public static IEnumerable<string> Strings(object? value, string path) =>
        At(value, path) is IEnumerable list and not string ? list.OfType<string>() : [];

    /// <summary>Whether any string inside <paramref name="value"/> contains <paramref name="text"/>.</summary>
    public static bool Contains(object? value, string text) => value switch
    {
        string s => s.Contains(text, StringComparison.Ordinal),
        IDictionary<string, object> map => map.Values.Any(v => Contains(v, text)),
        IEnumerable items => items.Cast<object?>().Any(v => Contains(v, text)),
        _ => false,
    };

    private static void Compare(string path, object? before, object? after, List<string> paths)
    {
        switch (before, after)
        {
            case (IDictionary<string, object> left, IDictionary<string, object> right):
                foreach (var key in left.Keys.Union(right.Keys).Distinct(StringComparer.Ordinal))
                {
                    Compare(Join(path, key), left.TryGetValue(key, out var was) ? was : null, right.TryGetValue(key, out var now) ? now : null, paths);
                }

                return;
            case (IList left, IList right) when left.Count == right.Count:
                for (var i = 0; i < left.Count; i++)
                {
                    Compare($"{path}[{i}]", left[i], right[i], paths);
                }

                return;
            case (IList, IList):
                paths.Add(path);
                return;
            default:
                if (!Equals(before, after))
                {
                    paths.Add(path);
                }

                return;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
