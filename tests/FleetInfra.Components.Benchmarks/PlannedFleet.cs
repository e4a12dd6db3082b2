using System.Globalization;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Components.Benchmarks;

/// <summary>The reference fleet of <c>fleet generate --clusters C --apps A</c>, written to a temporary folder and planned as the program does.</summary>
public static class PlannedFleet
{
    /// <summary>Parses a size like <c>10x100</c> (clusters x apps) and plans that fleet.</summary>
    public static FleetPlan Create(string size)
    {
        var parts = size.Split('x');
        var fleet = new ReferenceFleet(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        var directory = Path.Combine(Path.GetTempPath(), $"fleet-pulumi-bench-{size}-{Guid.NewGuid():N}");
        try
        {
            return FleetLoader.Load(fleet.WriteTo(directory)).PlanOrThrow();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
