using System.Text.Json.Serialization;
using FleetInfra.Core.Config;
using FleetInfra.Core.Review;

namespace FleetInfra.Deploy.Targets;

/// <summary>
/// A review environment to suspend, as <c>fleet deploy targets --idle</c> prints it: everything <c>fleet review create</c>
/// needs to write its stack file again as it was (CI never commits one), so the nightly job can suspend it and deploy it.
/// </summary>
public sealed record IdleReview(
    [property: JsonPropertyName("stack")] string Stack,
    [property: JsonPropertyName("environment")] string Environment,
    [property: JsonPropertyName("clustersFrom")] string ClustersFrom,
    [property: JsonPropertyName("expiresAt")] string? ExpiresAt,
    [property: JsonPropertyName("lastChangeAt")] string LastChangeAt,
    [property: JsonPropertyName("idleAfter")] string IdleAfter)
{
    /// <summary>The idle review of an apps-only stack file; null when it is not idle at <paramref name="now"/>.</summary>
    public static IdleReview? Of(StackConfig stack, DateTimeOffset now) =>
        ReviewIdleness.Of(stack) is { } idleness
            ? When(stack.StackName, stack.Environment, stack.ClustersFrom!.Reference, stack.ExpiresAt is { } expiresAt ? ReviewTtl.Format(expiresAt) : null, idleness, now)
            : null;

    /// <summary>
    /// The review to suspend when <paramref name="idleness"/> is idle at <paramref name="now"/> and the environment is not
    /// production (from a stack file, or from a backend stack's outputs); null otherwise.
    /// </summary>
    public static IdleReview? When(string stack, string environment, string clustersFrom, string? expiresAt, ReviewIdleness idleness, DateTimeOffset now) =>
        idleness is { LastChangeAt: { } lastChangeAt } && idleness.IsIdleAt(now) && !StackConfig.IsProductionEnvironment(environment)
            ? new IdleReview(stack, environment, clustersFrom, expiresAt, ReviewTtl.Format(lastChangeAt), ReviewIdleness.FormatDuration(idleness.IdleAfter))
            : null;
}
