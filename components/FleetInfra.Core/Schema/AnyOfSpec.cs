using System.Collections.Immutable;

namespace FleetInfra.Core.Schema;

/// <summary>A value written in one of several forms (<c>cpu: 500</c>, <c>cpu: 500m</c>, <c>cpu: 0.5</c>).</summary>
public sealed record AnyOfSpec(ImmutableArray<ValueSpec> Options) : ValueSpec
{
    public static AnyOfSpec Of(params ValueSpec[] options) => new([.. options]);
}
