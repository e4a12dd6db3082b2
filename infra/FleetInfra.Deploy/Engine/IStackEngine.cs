namespace FleetInfra.Deploy.Engine;

/// <summary>
/// The thin seam between orchestration and an infrastructure engine (the Pulumi Automation API in
/// <c>fleet-deploy</c>, a test double in the tests). Everything that decides anything stays outside it.
/// </summary>
public interface IStackEngine
{
    /// <summary>Selects the stack; creates it when it does not exist and <see cref="EngineStackRequest.Create"/> says so.</summary>
    Task<IEngineStack> OpenAsync(EngineStackRequest request, CancellationToken cancellationToken);
}
