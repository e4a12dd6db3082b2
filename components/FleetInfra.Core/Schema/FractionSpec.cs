namespace FleetInfra.Core.Schema;

/// <summary>An unquoted number with a fractional part (<c>0.5</c>), from <see cref="Minimum"/> to <see cref="Maximum"/>; whole numbers do not match.</summary>
public sealed record FractionSpec(decimal Minimum, decimal Maximum) : ValueSpec;
