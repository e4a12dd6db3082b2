using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// One side of a diff: a stack as planned from its files, the intents it deploys (overrides applied, with where each key
/// is written) and the folder its files are read from, so that hazards name files relative to the repository.
/// </summary>
/// <param name="Stack">The stack's config.</param>
/// <param name="Intents">The deployed apps' intents by name, overrides applied.</param>
/// <param name="Plan">The stack's plan.</param>
/// <param name="Root">The folder that stands for the repository root on this side: the repository itself, or where the base was extracted.</param>
public sealed record DiffSide(StackConfig Stack, ImmutableSortedDictionary<string, ApplicationIntent> Intents, FleetPlan Plan, string Root)
{
    /// <summary>Loads and plans a stack file (intents from <paramref name="appsDirectory"/> when given); null with every diagnostic when it does not plan.</summary>
    public static DiffSide? Load(string stackFile, string stackName, string root, out ImmutableArray<Diagnostic> diagnostics, string? appsDirectory = null)
    {
        var result = FleetLoader.Load(stackFile, appsDirectory, stackName, out var intents);
        diagnostics = result.Diagnostics;
        return result.Succeeded ? new DiffSide(result.Stack!, intents, result.Plan!, Path.GetFullPath(root)) : null;
    }

    /// <summary>The location with its file relative to <see cref="Root"/>, in <c>/</c> form.</summary>
    public SourceLocation Relative(SourceLocation location)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(location.File)).Replace('\\', '/');
        return location with { File = relative.StartsWith("..", StringComparison.Ordinal) ? location.File : relative };
    }
}
