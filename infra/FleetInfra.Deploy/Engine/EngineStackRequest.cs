namespace FleetInfra.Deploy.Engine;

/// <summary>
/// Which stack to open: its name, the project folder holding <c>Pulumi.yaml</c>, an optional backend URL, whether a
/// missing stack is created (false: selected only, and a missing stack is an error), and whether the operation runs
/// the program (so the engine should have it built).
/// </summary>
public sealed record EngineStackRequest(string StackName, string ProjectRoot, string? Backend, bool Create = true, bool RunsProgram = false);
