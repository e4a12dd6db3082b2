namespace FleetInfra.Core.Schema;

/// <summary>An unquoted whole number from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
public sealed record IntegerSpec(int Minimum, int Maximum) : ValueSpec;
