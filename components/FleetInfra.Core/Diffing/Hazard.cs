using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// A change that hurts, found by one of the hazard checks (FI101...): what will happen, how to make the change safely, and
/// the intent or stack line that causes it.
/// </summary>
/// <param name="Id">The hazard's id, like <c>FI106</c>.</param>
/// <param name="Level">Its level in the stack (<c>fleet:policies</c>, else its default); hazards turned off are not reported.</param>
/// <param name="Cluster">The cluster it happens on.</param>
/// <param name="Message">What will happen and how to do it safely, in one line.</param>
/// <param name="File">The stack or intent file, relative to the repository root. A removal points at the base's line.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record Hazard(string Id, PolicyLevel Level, string Cluster, string Message, string File, int Line, int Column)
{
    /// <summary><c>file:line:col: level: FI1xx: message</c>, like the policies' findings.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Level.ToString().ToLowerInvariant()}: {Id}: {Message}";
}
