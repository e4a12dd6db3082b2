using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using FleetInfra.Core.Config;
using FleetInfra.Deploy;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Running;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Benchmarks;

/// <summary>
/// The runner's own cost on the sample stacks, with an engine that does nothing: the validation gate alone, and a whole
/// <c>fleet deploy preview --all</c> (targets, gate, parallel run, streaming, summary) divided by the stacks it ran.
/// </summary>
[MemoryDiagnoser]
public class DeployRunnerBenchmarks
{
    private readonly string _root = ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found");
    private StackCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup() => _catalog = StackCatalog.Read(_root);

    /// <summary>Every sample stack validated with the core, as before the first engine call.</summary>
    [Benchmark]
    public int ValidateAllStacks() => ValidationGate.Check(_catalog, _catalog.Names, TextWriter.Null).Valid.Count;

    /// <summary>One whole run over every sample stack; the per-stack overhead is this divided by the stack count (3).</summary>
    [Benchmark]
    public int PreviewAllStacks()
    {
        using var interruption = new Interruption();
        return new DeployRunner(new IdleEngine(), new DeployConsole(TextWriter.Null, TextWriter.Null))
            .RunAsync(new DeployOptions { Operation = DeployOperation.Preview, ProjectRoot = _root, All = true }, interruption)
            .GetAwaiter().GetResult();
    }

    /// <summary>An engine that answers at once with ten output lines and no changes.</summary>
    private sealed class IdleEngine : IStackEngine, IEngineStack
    {
        public Task<IEngineStack> OpenAsync(EngineStackRequest request, CancellationToken cancellationToken) => Task.FromResult<IEngineStack>(this);

        public Task<ImmutableArray<string>> SecretValuesAsync(CancellationToken cancellationToken) => Task.FromResult(ImmutableArray.Create("a-secret-value"));

        public Task<ChangeCounts> PreviewAsync(EngineCall call, CancellationToken cancellationToken) => Lines(call);

        public Task<ChangeCounts> UpAsync(EngineCall call, CancellationToken cancellationToken) => Lines(call);

        public Task<ChangeCounts> RefreshAsync(EngineCall call, bool previewOnly, CancellationToken cancellationToken) => Lines(call);

        public Task<ChangeCounts> DestroyAsync(EngineCall call, CancellationToken cancellationToken) => Lines(call);

        public Task<ImmutableArray<StackOutputValue>> OutputsAsync(CancellationToken cancellationToken) => Task.FromResult(ImmutableArray<StackOutputValue>.Empty);

        public Task<ImmutableArray<string>> ListStacksAsync(string projectRoot, string? backend, CancellationToken cancellationToken) => Task.FromResult(ImmutableArray<string>.Empty);

        public Task RemoveAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task CancelAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }

        private static Task<ChangeCounts> Lines(EngineCall call)
        {
            for (var i = 0; i < 10; i++)
            {
                call.OnOutputLine($"    + aws:eks:Cluster eks-use1 create ({i})");
            }

            return Task.FromResult(ChangeCounts.None);
        }
    }
}
