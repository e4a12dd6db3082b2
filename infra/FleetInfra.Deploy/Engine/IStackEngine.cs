namespace FleetInfra.Deploy.Engine;

/// <summary>
/// The thin seam between orchestration and an infrastructure engine (the Pulumi Automation API in
/// <c>fleet-deploy</c>, a test double in the tests). Everything that decides anything stays outside it.
/// </summary>
public interface IStackEngine
{
    /// <summary>Selects the stack; creates it when it does not exist and <see cref="EngineStackRequest.Create"/> says so.</summary>
    Task<IEngineStack> OpenAsync(EngineStackRequest request, CancellationToken cancellationToken);

    /// <summary>The names of the project's stacks in the backend (<paramref name="backend"/>, else the engine's login), stack files or not.</summary>
    Task<System.Collections.Immutable.ImmutableArray<string>> ListStacksAsync(string projectRoot, string? backend, CancellationToken cancellationToken);
}
