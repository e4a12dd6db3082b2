namespace FleetInfra.Deploy.Engine;

/// <summary>Which stack to open: its name, the project folder holding <c>Pulumi.yaml</c>, and an optional backend URL.</summary>
public sealed record EngineStackRequest(string StackName, string ProjectRoot, string? Backend);
