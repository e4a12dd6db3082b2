using System.Text.Json.Serialization;

namespace FleetInfra.Deploy.Reporting;

/// <summary>The JSON the runner writes (the run summary, the stack list of <c>targets</c>), serialized by generated code.</summary>
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(IReadOnlyList<CiTarget>))]
[JsonSerializable(typeof(IReadOnlyList<CiWave>))]
[JsonSerializable(typeof(IReadOnlyList<Targets.IdleReview>))]
internal sealed partial class DeployJson : JsonSerializerContext;
