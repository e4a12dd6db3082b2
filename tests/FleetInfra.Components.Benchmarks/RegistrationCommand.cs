using System.Diagnostics;
using System.Globalization;

namespace FleetInfra.Components.Benchmarks;

/// <summary>
/// <c>registration [--sizes "10x100 50x200"] [--runs N] [--program]</c>: registers the reference fleet of each size under the
/// mocks N times (default 3, after a small warm-up run) and prints the median and best wall time, the CPU time and allocations of
/// the median run, both per registered Kubernetes object, the mapping alone and its share, and the process's peak
/// working set so far (run one size per process for a peak of that size alone).
/// </summary>
public static class RegistrationCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = new[] { "10x100", "50x200" };
        var runs = 3;
        var wholeProgram = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Length:
                    sizes = args[++i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--program":
                    wholeProgram = true;
                    break;
                default:
                    Console.Error.WriteLine($"registration: unknown argument '{args[i]}'; use --sizes \"10x100 50x200\", --runs N, --program");
                    return 2;
            }
        }

        // First use of Pulumi, the mapping and the renderer (type loading, JIT) stays out of the measured runs.
        var warmUp = PlannedFleet.Create("2x5");
        await FleetRegistration.RunAsync(warmUp, wholeProgram);
        MappingRun.Measure(warmUp);

        Console.WriteLine($"registering {(wholeProgram ? "FleetProgram.Provision" : "one ApplicationFleet per cluster")} under FleetMocks, {runs} run(s) per size");
        Console.WriteLine(Row("size", "objects", "registered", "wall_med", "wall_min", "cpu_med", "alloc_mb", "us/object", "kb/object", "map_s", "map_share", "peak_ws_mb"));
        foreach (var size in sizes)
        {
            var plan = PlannedFleet.Create(size);
            var samples = new List<(TimeSpan Wall, TimeSpan Cpu, long Allocated, int Objects, int Registered)>();
            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var mocks = await FleetRegistration.RunAsync(plan, wholeProgram);
                stopwatch.Stop();
                samples.Add((stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated, mocks.KubernetesObjects.Count, mocks.Registered.Count));
            }

            var median = samples.OrderBy(s => s.Wall).ElementAt(samples.Count / 2);
            var best = samples.Min(s => s.Wall);
            var mapping = MappingRun.Measure(plan);
            Console.WriteLine(Row(
                size,
                median.Objects.ToString(CultureInfo.InvariantCulture),
                median.Registered.ToString(CultureInfo.InvariantCulture),
                Seconds(median.Wall),
                Seconds(best),
                Seconds(median.Cpu),
                (median.Allocated / 1e6).ToString("F0", CultureInfo.InvariantCulture),
                (median.Wall.TotalMicroseconds / median.Objects).ToString("F0", CultureInfo.InvariantCulture),
                (median.Allocated / 1024.0 / median.Objects).ToString("F1", CultureInfo.InvariantCulture),
                Seconds(mapping.Elapsed),
                (mapping.Elapsed / median.Wall).ToString("P1", CultureInfo.InvariantCulture),
                (Process.GetCurrentProcess().PeakWorkingSet64 / 1e6).ToString("F0", CultureInfo.InvariantCulture)));
        }

        return 0;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

    private static string Row(params string[] cells) =>
        string.Join(' ', cells.Select((cell, i) => i == 0 ? cell.PadRight(8) : cell.PadLeft(10)));
}
