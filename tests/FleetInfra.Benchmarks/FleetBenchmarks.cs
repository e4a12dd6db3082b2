using BenchmarkDotNet.Attributes;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Benchmarks;

/// <summary>Planning alone: stack config and parsed intents to a plan, no YAML, no I/O.</summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private ReferenceWorkload _workload = null!;

    [Params("10x100", "50x200", "100x1000", "1000x100")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _workload = ReferenceWorkload.Create(Size);

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    [Benchmark]
    public FleetPlan? Plan() => FleetPlanner.Plan(_workload.Stack, _workload.Intents, new DiagnosticBag());
}

/// <summary>Every cluster's YAML as strings in memory (what tests and library callers use).</summary>
[MemoryDiagnoser]
public class RenderToMemoryBenchmarks
{
    private ReferenceWorkload _workload = null!;

    [Params("10x100", "50x200", "100x200")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _workload = ReferenceWorkload.Create(Size);

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    [Benchmark]
    public int RenderToMemory() => FleetRenderer.Render(_workload.Plan).Length;
}

/// <summary>
/// What <c>fleet render</c> does after loading: render and write every file, with the atomic folder swap, in
/// either layout (clusters of one provider share each app's rendering; see <c>Rendering/Reuse</c>).
/// </summary>
[MemoryDiagnoser]
public class RenderToDiskBenchmarks
{
    private ReferenceWorkload _workload = null!;
    private string _output = "";

    [Params("10x100", "50x200", "100x1000")]
    public string Size { get; set; } = "";

    [Params(RenderLayout.PerCluster, RenderLayout.PerApp)]
    public RenderLayout Layout { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = ReferenceWorkload.Create(Size);
        _output = Path.Combine(_workload.Directory, "out");
    }

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    [Benchmark]
    public void RenderToDisk() => RenderWriter.Write(_output, _workload.Plan, layout: Layout);
}
