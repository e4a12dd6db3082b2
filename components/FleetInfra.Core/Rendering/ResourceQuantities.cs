using System.Collections.Concurrent;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// Parsed Kubernetes quantities, shared: parsing goes through big-number fractions and a fleet uses only a few
/// distinct values (every app on every cluster asks for the same <c>256Mi</c>). ResourceQuantity is immutable.
/// </summary>
public static class ResourceQuantities
{
    private const int MaxCached = 10_000;

    private static readonly ConcurrentDictionary<string, ResourceQuantity> Parsed = new(StringComparer.Ordinal);

    public static ResourceQuantity Of(string text)
    {
        if (Parsed.TryGetValue(text, out var quantity))
        {
            return quantity;
        }

        quantity = new ResourceQuantity(text);
        if (Parsed.Count < MaxCached)
        {
            Parsed.TryAdd(text, quantity);
        }

        return quantity;
    }
}
