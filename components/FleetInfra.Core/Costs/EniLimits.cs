using System.Collections.Immutable;
using System.Globalization;

namespace FleetInfra.Core.Costs;

/// <summary>
/// EKS max pods per instance type from its network interfaces (<c>Costs/eni-limits.csv</c>, embedded): the VPC CNI gives
/// every pod an address of one of the node's ENIs, so the EKS AMI sets max pods to ENIs x (IPv4 per ENI - 1) + 2.
/// </summary>
internal static class EniLimits
{
    private const string FileName = "eni-limits.csv";

    private static readonly Lazy<ImmutableDictionary<string, int>> MaxPodsByType = new(() => CsvTable
        .Parse(CsvTable.Resource(FileName), FileName, ["type", "enis", "ipv4_per_eni", "source"])
        .ToImmutableDictionary(
            r => r["type"],
            r => (int.Parse(r["enis"], CultureInfo.InvariantCulture) * (int.Parse(r["ipv4_per_eni"], CultureInfo.InvariantCulture) - 1)) + 2,
            StringComparer.Ordinal));

    /// <summary>The type's max pods by the ENI formula, or null when its interfaces are not in the table.</summary>
    public static int? MaxPods(string instanceType) => MaxPodsByType.Value.TryGetValue(instanceType, out var pods) ? pods : null;
}
