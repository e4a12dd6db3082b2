namespace FleetInfra.Deploy.Engine;

/// <summary>
/// One stack output: its name, its value as JSON, whether the engine marks it secret as a whole, and the engine's own
/// masked copy (<c>[secret]</c> for every secret part, nested ones too), when it has one.
/// </summary>
public sealed record StackOutputValue(string Name, string Json, bool IsSecret, string? MaskedJson = null);
