using System.Globalization;
using System.Text.RegularExpressions;

namespace FleetInfra.Core.Costs;

/// <summary>
/// The vCPUs and memory of a predefined Compute Engine machine type, read from its name
/// (<c>FAMILY-standard|highmem|highcpu-VCPUS</c>) and the memory per vCPU each family's class has in the machine
/// families guide (https://cloud.google.com/compute/docs/machine-resource). GCP's price list prices these families
/// per vCPU-hour and per GiB-hour, so the name is all the price needs.
/// </summary>
internal static partial class GceMachineShape
{
    private static readonly Dictionary<(string Family, string Class), decimal> GibPerVcpu = new()
    {
        [("e2", "standard")] = 4, [("e2", "highmem")] = 8, [("e2", "highcpu")] = 1,
        [("n2", "standard")] = 4, [("n2", "highmem")] = 8, [("n2", "highcpu")] = 1,
        [("n2d", "standard")] = 4, [("n2d", "highmem")] = 8, [("n2d", "highcpu")] = 1,
        [("n4", "standard")] = 4, [("n4", "highmem")] = 8, [("n4", "highcpu")] = 2,
        [("c3", "standard")] = 4, [("c3", "highmem")] = 8, [("c3", "highcpu")] = 2,
        [("c3d", "standard")] = 4, [("c3d", "highmem")] = 8, [("c3d", "highcpu")] = 2,
        [("t2d", "standard")] = 4,
        [("n1", "standard")] = 3.75m, [("n1", "highmem")] = 6.5m, [("n1", "highcpu")] = 0.9m,
    };

    /// <summary>The family (<c>e2</c>), vCPUs and memory in MiB, or null for a name that is not a predefined type of a known family.</summary>
    public static (string Family, int Vcpu, int MemoryMiB)? Parse(string name)
    {
        var match = Predefined().Match(name);
        if (!match.Success || !GibPerVcpu.TryGetValue((match.Groups["family"].Value, match.Groups["class"].Value), out var gib))
        {
            return null;
        }

        var vcpu = int.Parse(match.Groups["vcpu"].Value, CultureInfo.InvariantCulture);
        return (match.Groups["family"].Value, vcpu, (int)(vcpu * gib * 1024));
    }

    [GeneratedRegex(@"^(?<family>[a-z][0-9][a-z]?)-(?<class>standard|highmem|highcpu)-(?<vcpu>[1-9][0-9]{0,2})$")]
    private static partial Regex Predefined();
}
