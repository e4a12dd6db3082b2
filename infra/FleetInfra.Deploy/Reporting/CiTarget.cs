using System.Text.Json.Serialization;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Reporting;

/// <summary>
/// One entry of the CI matrix <c>fleet deploy targets</c> prints: the stack, the CI deployment environment its
/// <c>up</c> runs in, and the cloud providers of its clusters (the tools and credentials its jobs need).
/// </summary>
/// <param name="Stack">The stack name.</param>
/// <param name="Environment">
/// <see cref="ProductionEnvironment"/> for every production stack, so that one protected environment (required
/// reviewers, its own deploy role) guards them all and a new production stack never gets an unprotected one; else the
/// stack's own environment (<c>fleet:environment</c>).
/// </param>
/// <param name="Providers">The distinct providers of its clusters, like <c>eks</c> and <c>gke</c>, sorted.</param>
public sealed record CiTarget(
    [property: JsonPropertyName("stack")] string Stack,
    [property: JsonPropertyName("environment")] string Environment,
    [property: JsonPropertyName("providers")] IReadOnlyList<string> Providers)
{
    public const string ProductionEnvironment = "production";

    public static CiTarget Of(StackTarget target) =>
        new(target.Name, target.IsProduction ? ProductionEnvironment : target.Environment, target.Providers);
}
