namespace FleetInfra.Deploy.Running;

/// <summary>What <c>fleet deploy</c> does to each stack.</summary>
public enum DeployOperation
{
    Preview,
    Up,
    Refresh,
    Destroy,

    /// <summary>A refresh in preview mode, then a preview: any difference in either is drift.</summary>
    Drift,
    Outputs,
}

public static class DeployOperations
{
    public static string Name(this DeployOperation operation) => operation.ToString().ToLowerInvariant();

    /// <summary>Operations that write state, and so hold the stack's lock while they run.</summary>
    public static bool Mutates(this DeployOperation operation) =>
        operation is DeployOperation.Up or DeployOperation.Refresh or DeployOperation.Destroy;
}
