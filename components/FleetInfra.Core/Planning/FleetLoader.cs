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
        Load(stackFile, appsDirectory, stackName, out _);

    /// <summary>Loads and plans, and gives the deployed intents with their overrides applied (empty when the stack does not plan).</summary>
    internal static LoadResult Load(string stackFile, string? appsDirectory, string? stackName, out ImmutableSortedDictionary<string, ApplicationIntent> deployedIntents)
    {
        deployedIntents = ImmutableSortedDictionary<string, ApplicationIntent>.Empty.WithComparers(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        var stack = LoadStack(stackFile, stackName, diagnostics);
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
        var plan = FleetPlanner.Plan(stack, intents, diagnostics, out deployedIntents);
        return new LoadResult(diagnostics.HasErrors ? null : plan, stack, diagnostics.ToImmutableSorted());
    }

    /// <summary>The stack file's config alone, without reading any intent; null when it cannot be read (reported).</summary>
    public static StackConfig? LoadStack(string stackFile, string? stackName, DiagnosticBag diagnostics)
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
