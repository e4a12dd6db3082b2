using System.Collections.Immutable;

namespace FleetInfra.Deploy.Engine;

/// <summary>
/// One selected stack. Operations stream the engine's output through <see cref="EngineCall.OnOutputLine"/>; they stop cleanly
/// when <see cref="EngineCall.Stop"/> is set and are killed when their cancellation token is.
/// </summary>
public interface IEngineStack : IDisposable
{
    /// <summary>The plaintext of every secret the stack holds (secret config values and secret outputs), to mask them.</summary>
    Task<ImmutableArray<string>> SecretValuesAsync(CancellationToken cancellationToken);

    /// <summary>A dry run; with <see cref="EngineCall.PlanFile"/> the update plan is saved there.</summary>
    Task<ChangeCounts> PreviewAsync(EngineCall call, CancellationToken cancellationToken);

    /// <summary>An update; with <see cref="EngineCall.PlanFile"/> the engine applies exactly that saved plan.</summary>
    Task<ChangeCounts> UpAsync(EngineCall call, CancellationToken cancellationToken);

    /// <summary>Reads the real state of every resource; <paramref name="previewOnly"/> reports differences without adopting them.</summary>
    Task<ChangeCounts> RefreshAsync(EngineCall call, bool previewOnly, CancellationToken cancellationToken);

    Task<ChangeCounts> DestroyAsync(EngineCall call, CancellationToken cancellationToken);

    Task<ImmutableArray<StackOutputValue>> OutputsAsync(CancellationToken cancellationToken);

    /// <summary>Removes the stack and its state from the backend; only after a successful destroy has left it empty.</summary>
    Task RemoveAsync(CancellationToken cancellationToken);

    /// <summary>Asks the engine to cancel an update that is still recorded as running (and so holds the stack's lock); only after this process's own update was killed.</summary>
    Task CancelAsync(CancellationToken cancellationToken);
}
