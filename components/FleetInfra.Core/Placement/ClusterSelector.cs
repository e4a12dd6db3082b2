using FleetInfra.Core.Diagnostics;
using k8s.Models;

namespace FleetInfra.Core.Placement;

/// <summary>
/// A label selector over clusters, with Kubernetes' own <see cref="V1LabelSelector"/> semantics: every
/// <c>matchLabels</c> entry equals, and every <c>matchExpressions</c> requirement holds (<c>In</c>, <c>NotIn</c>,
/// <c>Exists</c>, <c>DoesNotExist</c>); an empty selector matches every cluster.
/// </summary>
public sealed record ClusterSelector(V1LabelSelector Selector, SourceLocation Source, string FieldPath)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in Selector.MatchLabels ?? new Dictionary<string, string>())
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var requirement in Selector.MatchExpressions ?? [])
        {
            var has = labels.TryGetValue(requirement.Key, out var actual);
            var holds = requirement.OperatorProperty switch
            {
                "In" => has && requirement.Values.Contains(actual!),
                "NotIn" => !has || !requirement.Values.Contains(actual!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The selector as one line, like <c>canary=true,region in (us-east-1,eu-west-1)</c>.</summary>
    public override string ToString()
    {
        var parts = (Selector.MatchLabels ?? new Dictionary<string, string>()).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")
            .Concat((Selector.MatchExpressions ?? []).Select(r => r.OperatorProperty switch
            {
                "Exists" => r.Key,
                "DoesNotExist" => "!" + r.Key,
                _ => $"{r.Key} {r.OperatorProperty.ToLowerInvariant()} ({string.Join(",", r.Values)})",
            }));
        var text = string.Join(",", parts);
        return text.Length == 0 ? "every cluster" : text;
    }
}
