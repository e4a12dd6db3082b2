namespace FleetInfra.Core.Schema;

/// <summary>A YAML list whose items all match <see cref="Items"/>.</summary>
public sealed record ListSpec(ValueSpec Items) : ValueSpec
{
    public int MinItems { get; init; }

    public int? MaxItems { get; init; }
}
