using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Benchmarks;

/// <summary>The reference fleet, generated to a temporary folder and loaded through the normal loader.</summary>
public sealed class ReferenceWorkload : IDisposable
{
    private ReferenceWorkload(string directory, StackConfig stack, IReadOnlyList<ApplicationIntent> intents, FleetPlan plan)
    {
        Directory = directory;
        Stack = stack;
        Intents = intents;
        Plan = plan;
    }

    public string Directory { get; }

    public StackConfig Stack { get; }

    public IReadOnlyList<ApplicationIntent> Intents { get; }

    public FleetPlan Plan { get; }

    /// <summary>Parses a size like <c>100x1000</c> (clusters x apps).</summary>
    public static ReferenceWorkload Create(string size)
    {
        var parts = size.Split('x');
        var fleet = new ReferenceFleet(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        var directory = Path.Combine(Path.GetTempPath(), $"fleet-bench-{size}-{Guid.NewGuid():N}");
        var result = FleetLoader.Load(fleet.WriteTo(directory));
        var plan = result.PlanOrThrow();
        var intents = FleetLoader.LoadIntents(result.Stack!.AppsDirectory, new DiagnosticBag());
        return new ReferenceWorkload(directory, result.Stack, intents, plan);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
