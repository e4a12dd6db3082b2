using System.Collections.Immutable;

namespace FleetInfra.Core.Schema;

/// <summary>
/// When key <see cref="When"/> has the value <see cref="Is"/>, the <see cref="Forbidden"/> keys must be absent and the
/// <see cref="Required"/> keys present; when it has another value or is missing, the <see cref="RequiredOtherwise"/> keys must be present.
/// </summary>
public sealed record KeyRule(string When, string Is, ImmutableArray<string> Forbidden, ImmutableArray<string> Required)
{
    public ImmutableArray<string> RequiredOtherwise { get; init; } = [];
}
