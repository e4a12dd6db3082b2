namespace FleetInfra.Deploy.Engine;

/// <summary>One stack output: its name, its value as JSON, and whether the engine marks it secret.</summary>
public sealed record StackOutputValue(string Name, string Json, bool IsSecret);
