using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.GitOps;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// Writes a render to <c>DIR/&lt;cluster&gt;/</c> atomically: everything goes to a temporary sibling folder
/// that replaces the old output only when complete, so a failed run leaves the previous render intact.
/// The whole write holds the output's <see cref="OutputLock"/>, so renders into one folder run one at a time.
/// </summary>
public static class RenderWriter
{
    /// <summary>Marks a folder as FleetInfra output; a folder without it is never replaced.</summary>
    public const string MarkerFile = ".fleetinfra-render";

    private const string Staging = "staging";

    private const string Previous = "previous";

    public static void Write(string outputDirectory, FleetPlan plan, IEnumerable<RenderedCluster> clusters, LockWait? wait = null) =>
        WriteAtomically(outputDirectory, plan, wait, staging =>
        {
            foreach (var cluster in clusters)
            {
                var clusterDirectory = Path.Combine(staging, cluster.Name);
                Directory.CreateDirectory(clusterDirectory);
                foreach (var (relativePath, yaml) in cluster.Files)
                {
                    NewFile.Write(Path.Combine(clusterDirectory, relativePath), yaml);
                }
            }
        });

    /// <summary>
    /// Renders and writes the plan in one pass (see <see cref="FleetRenderer.RenderTo"/>): the fast path for large fleets.
    /// With <paramref name="gitOps"/>, each cluster folder also gets a <c>kustomization.yaml</c> and the root the tool's
    /// objects (see <see cref="GitOpsManifests"/>), in the same atomic swap.
    /// </summary>
    public static void Write(
        string outputDirectory,
        FleetPlan plan,
        IProgress<int>? appsRendered = null,
        RenderLayout layout = RenderLayout.PerApp,
        LockWait? wait = null,
        GitOpsSource? gitOps = null) =>
        WriteAtomically(outputDirectory, plan, wait, staging =>
        {
            FleetRenderer.RenderTo(staging, plan, appsRendered, layout);
            if (gitOps is not null)
            {
                foreach (var (relativePath, text) in GitOpsManifests.Files(plan, layout, gitOps))
                {
                    File.WriteAllText(Path.Combine(staging, relativePath), text);
                }
            }
        });

    private static void WriteAtomically(string outputDirectory, FleetPlan plan, LockWait? wait, Action<string> writeClusters)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new RenderOutputException($"{outputDirectory}: cannot write to the file system root; choose a folder");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        using var held = OutputLock.Acquire(parent, name, wait ?? LockWait.None, LockOwner.Current);
        RecoverInterruptedRun(parent, name, target);
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new RenderOutputException($"{outputDirectory}: folder exists and was not written by 'fleet render'; choose a new or empty folder");
        }

        if (File.Exists(target))
        {
            throw new RenderOutputException($"{outputDirectory}: is a file; choose a folder");
        }

        var staging = Path.Combine(parent, TemporaryName(name, Staging));
        try
        {
            Directory.CreateDirectory(staging);
            writeClusters(staging);
            NewFile.Write(Path.Combine(staging, MarkerFile), $"stack: {plan.Stack}\n");
            Swap(staging, target, parent, name);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>A temporary sibling of the output: <c>.&lt;name&gt;.&lt;kind&gt;-&lt;32 hex digits&gt;</c>.</summary>
    private static string TemporaryName(string name, string kind) => $".{name}.{kind}-{Guid.NewGuid():N}";

    /// <summary>
    /// The temporary siblings of one kind that belong to this output, from <paramref name="siblings"/> (every entry of the
    /// parent starting with <c>.NAME.</c>): exactly 32 hex digits after the prefix, so the siblings of another output
    /// whose name merely starts the same (<c>out</c> and <c>out.staging-x</c>) are not.
    /// </summary>
    private static IEnumerable<string> TemporarySiblings(IEnumerable<string> siblings, string name, string kind)
    {
        var prefix = $".{name}.{kind}-";
        return siblings
            .Where(path => Path.GetFileName(path) is var file && file.StartsWith(prefix, StringComparison.Ordinal) && file[prefix.Length..] is { Length: 32 } id && id.All(char.IsAsciiHexDigitLower))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// A run stopped mid-write (Ctrl-C, a killed CI job) leaves its temporary siblings behind. Every run writes them
    /// only while it holds the output's lock, and this runs under that lock: each one found belongs to a run that is
    /// gone. A previous-output folder with no output beside it means the run stopped between the two moves of a swap:
    /// it is put back. The parent is listed once for both kinds (a parent like <c>/tmp</c> can hold thousands of entries).
    /// </summary>
    private static void RecoverInterruptedRun(string parent, string name, string target)
    {
        var siblings = Directory.EnumerateDirectories(parent, $".{name}.*").ToArray();
        foreach (var previous in TemporarySiblings(siblings, name, Previous))
        {
            if (!Directory.Exists(target) && !File.Exists(target))
            {
                Directory.Move(previous, target);
            }
            else
            {
                TryDelete(previous);
            }
        }

        foreach (var staging in TemporarySiblings(siblings, name, Staging))
        {
            TryDelete(staging);
        }
    }

    private static void Swap(string staging, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var previous = Path.Combine(parent, TemporaryName(name, Previous));
        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }

        TryDelete(previous);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leftover temporary folders are harmless and named with a leading dot.
        }
    }
}

/// <summary>The output folder cannot be used; the message names it and says what to do.</summary>
public sealed class RenderOutputException(string message) : Exception(message);
