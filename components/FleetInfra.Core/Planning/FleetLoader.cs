using System.Collections.Immutable;
using System.IO.Enumeration;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Core.Planning;

/// <summary>The outcome of loading a stack: a plan when there are no errors, and every diagnostic.</summary>
public sealed record LoadResult(FleetPlan? Plan, StackConfig? Stack, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Plan is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The plan, or a <see cref="FleetValidationException"/> carrying every error.</summary>
    public FleetPlan PlanOrThrow() => Succeeded ? Plan! : throw new FleetValidationException(Diagnostics);
}

/// <summary>Reads a stack file and its intents from disk, then plans. Every problem is collected, nothing throws.</summary>
public static class FleetLoader
{
    public static LoadResult Load(string stackFile, string? appsDirectory = null, string? stackName = null) =>
        Load(stackFile, appsDirectory, stackName, null, out _);

    /// <param name="stackFile">The stack file.</param>
    /// <param name="appsDirectory">Read intents here instead of the stack's <c>fleet:appsDir</c>.</param>
    /// <param name="stackName">The stack's name; default from the file name.</param>
    /// <param name="clustersFromFile">An apps-only stack's base stack file, instead of <c>Pulumi.&lt;base&gt;.yaml</c> beside it.</param>
    public static LoadResult LoadWithClustersFrom(string stackFile, string? appsDirectory, string? stackName, string? clustersFromFile) =>
        Load(stackFile, appsDirectory, stackName, clustersFromFile, out _);

    /// <summary>Loads and plans, and gives the deployed intents with their overrides applied (empty when the stack does not plan).</summary>
    internal static LoadResult Load(string stackFile, string? appsDirectory, string? stackName, out ImmutableSortedDictionary<string, ApplicationIntent> deployedIntents) =>
        Load(stackFile, appsDirectory, stackName, null, out deployedIntents);

    private static LoadResult Load(string stackFile, string? appsDirectory, string? stackName, string? clustersFromFile, out ImmutableSortedDictionary<string, ApplicationIntent> deployedIntents)
    {
        deployedIntents = ImmutableSortedDictionary<string, ApplicationIntent>.Empty.WithComparers(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        var stack = LoadStack(stackFile, stackName, diagnostics, clustersFromFile);
        if (stack is null)
        {
            return new LoadResult(null, null, diagnostics.ToImmutableSorted());
        }

        if (appsDirectory is not null)
        {
            stack = stack with { AppsDirectory = Path.GetFullPath(appsDirectory) };
        }

        // Plan even when some inputs had errors, so that every problem is reported in one run.
        var intents = LoadIntents(stack.AppsDirectory, diagnostics);
        var stackPath = Path.GetFullPath(stackFile);
        var otherStacks = OtherStackClaims(Path.GetDirectoryName(stackPath)!, stack.StackName, stackPath, (stack.AppsDirectory, intents));
        var plan = FleetPlanner.Plan(stack, intents, diagnostics, otherStacks, out deployedIntents);
        return new LoadResult(diagnostics.HasErrors ? null : plan, stack, diagnostics.ToImmutableSorted());
    }

    /// <summary>
    /// The hosts published by the other stacks of a folder: every <c>Pulumi.*.yaml</c> beside the stack file (the
    /// repository's <c>stacks/</c>) but the stack's own, each planned on its own. A stack that does not plan cleanly is
    /// left out: its own validation reports it.
    /// </summary>
    /// <param name="directory">The folder of the stack files.</param>
    /// <param name="stackName">The stack being checked, whose file is left out.</param>
    /// <param name="stackFile">The stack being checked's file, when it is read from one.</param>
    /// <param name="knownIntents">Intents already read, reused by the stacks that read the same folder.</param>
    public static ImmutableArray<HostClaim> OtherStackClaims(
        string directory, string stackName, string? stackFile = null, (string Directory, IReadOnlyList<ApplicationIntent> Intents)? knownIntents = null)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var intentsByFolder = new Dictionary<string, IReadOnlyList<ApplicationIntent>>(StringComparer.Ordinal);
        if (knownIntents is { } known)
        {
            intentsByFolder[known.Directory] = known.Intents;
        }

        var claims = ImmutableArray.CreateBuilder<HostClaim>();
        foreach (var file in Directory.EnumerateFiles(directory, "Pulumi.*.yaml").Select(Path.GetFullPath).Order(StringComparer.Ordinal))
        {
            if (file == stackFile || StackConfigParser.StackNameOf(file) == stackName)
            {
                continue;
            }

            var ignored = new DiagnosticBag();
            if (LoadStack(file, null, ignored) is not { } other)
            {
                continue;
            }

            if (!intentsByFolder.TryGetValue(other.AppsDirectory, out var intents))
            {
                intents = intentsByFolder[other.AppsDirectory] = LoadIntents(other.AppsDirectory, ignored);
            }

            if (FleetPlanner.Plan(other, intents, ignored) is { } plan)
            {
                claims.AddRange(HostOwnership.ClaimsOf(plan.Stack, plan.Clusters, Display(file)));
            }
        }

        return claims.ToImmutable();
    }

    /// <summary>The stack file's config alone, without reading any intent; null when it cannot be read (reported).</summary>
    public static StackConfig? LoadStack(string stackFile, string? stackName, DiagnosticBag diagnostics) => LoadStack(stackFile, stackName, diagnostics, null);

    /// <summary>
    /// The stack file's config alone; an apps-only stack (<c>fleet:clustersFrom</c>) is completed with its base, read from
    /// <paramref name="clustersFromFile"/> or from <c>Pulumi.&lt;base&gt;.yaml</c> beside it. Null when it cannot be read (reported).
    /// </summary>
    public static StackConfig? LoadStack(string stackFile, string? stackName, DiagnosticBag diagnostics, string? clustersFromFile)
    {
        var stack = ParseStack(stackFile, stackName, diagnostics);
        return stack is null || diagnostics.HasErrors ? stack : WithBase(stack, Path.GetDirectoryName(Path.GetFullPath(stackFile))!, clustersFromFile, diagnostics);
    }

    /// <summary>
    /// A stack that owns its clusters as it is; an apps-only stack completed with its base, read from
    /// <paramref name="clustersFromFile"/> or <c>Pulumi.&lt;base&gt;.yaml</c> in <paramref name="stackDirectory"/>. Null when the base cannot carry it (reported).
    /// </summary>
    public static StackConfig? WithBase(StackConfig stack, string stackDirectory, string? clustersFromFile, DiagnosticBag diagnostics)
    {
        if (stack.ClustersFrom is not { } reference)
        {
            return stack;
        }

        var baseFile = Path.GetFullPath(clustersFromFile ?? Path.Combine(stackDirectory, $"Pulumi.{reference.StackName}.yaml"));
        var baseStack = File.Exists(baseFile) ? ParseStack(baseFile, null, diagnostics) : null;
        return baseStack is null && File.Exists(baseFile) ? null : Review.AppsOnlyStack.Complete(stack, baseStack, Display(baseFile), diagnostics);
    }

    /// <summary>One stack file as written, an apps-only stack without its base.</summary>
    public static StackConfig? ParseStack(string stackFile, string? stackName, DiagnosticBag diagnostics)
    {
        var stackPath = Path.GetFullPath(stackFile);
        var yaml = YamlFileLoader.Load(stackPath, Display(stackPath), diagnostics);
        return yaml is null
            ? null
            : StackConfigParser.Parse(yaml, stackName ?? StackConfigParser.StackNameOf(stackPath), Path.GetDirectoryName(stackPath)!, diagnostics);
    }

    /// <summary>Every app in <c>*.yaml</c> and <c>*.yml</c> files below the folder, files read in ordinal path order.</summary>
    public static IReadOnlyList<ApplicationIntent> LoadIntents(string directory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(SourceLocation.StartOf(Display(directory)), string.Empty,
                "the apps folder does not exist; create it, set fleet:appsDir, or pass --apps");
            return [];
        }

        // Symbolic links to files are read, but linked folders are not entered: a link back to a parent
        // would otherwise read every file again at each level until the OS gives up.
        var files = new FileSystemEnumerable<string>(
                directory,
                (ref FileSystemEntry entry) => entry.ToFullPath(),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
                ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            }
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var yamlFiles = files.Select(file => YamlFileLoader.Load(file, Display(file), diagnostics)).OfType<YamlFile>().ToList();
        var appNames = yamlFiles.SelectMany(ApplicationIntentParser.AppNamesIn).ToHashSet(StringComparer.Ordinal);
        return [.. yamlFiles.SelectMany(yaml => ApplicationIntentParser.Parse(yaml, diagnostics, appNames))];
    }

    /// <summary>A path relative to the working folder when below it, for short and stable messages.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
