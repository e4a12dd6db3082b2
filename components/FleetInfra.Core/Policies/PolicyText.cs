using System.Globalization;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Policies;

/// <summary>Quantities as policy messages write them: cores and GiB with at most two decimals, else millicores and MiB.</summary>
internal static class PolicyText
{
    public static string Cpu(CpuQuantity cpu) =>
        cpu.Millicores % 10 == 0 && cpu.Millicores >= 1000
            ? $"{(cpu.Millicores / 1000m).ToString("0.##", CultureInfo.InvariantCulture)} cores"
            : $"{cpu.Millicores}m cpu";

    public static string Memory(MemoryQuantity memory)
    {
        const long Gibibyte = 1024 * MemoryQuantity.Mebibyte;
        return memory.Bytes >= Gibibyte
            ? $"{((decimal)memory.Bytes / Gibibyte).ToString("0.##", CultureInfo.InvariantCulture)}Gi"
            : memory.ToString();
    }
}
