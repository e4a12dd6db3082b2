using System.Text.Json.Serialization;

namespace FleetInfra.Deploy.Reporting;

/// <summary>
/// One wave of <c>fleet deploy targets --waves</c>: a CI job per wave, each a matrix of its stacks, the next job
/// needing the one before (and waiting <see cref="PauseSeconds"/>).
/// </summary>
public sealed record CiWave(
    [property: JsonPropertyName("wave")] int Wave,
    [property: JsonPropertyName("pauseSeconds")] int PauseSeconds,
    [property: JsonPropertyName("stacks")] IReadOnlyList<CiTarget> Stacks);
