namespace FleetInfra.Core.Schema;

/// <summary>An unquoted <c>true</c> or <c>false</c>.</summary>
public sealed record BooleanSpec : ValueSpec
{
    public static BooleanSpec Instance { get; } = new();
}
