namespace FleetInfra.Core.Review;

/// <summary>
/// The stack outputs by which an apps-only stack says it is a review environment: the program exports them
/// (infra/FleetInfra.Program/AppsOnlyProgram.cs) and the runner reads them for stacks that exist only in the backend
/// (FleetInfra.Deploy's BackendReviewStacks).
/// </summary>
public static class ReviewOutputs
{
    public const string ClustersFrom = "clustersFrom";

    public const string ExpiresAt = "expiresAt";

    public const string Environment = "environment";

    public const string LastChangeAt = "lastChangeAt";

    public const string IdleAfter = "idleAfter";

    public const string Suspended = "suspended";
}
