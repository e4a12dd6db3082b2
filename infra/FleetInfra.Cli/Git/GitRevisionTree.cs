using System.Formats.Tar;

namespace FleetInfra.Cli.Git;

/// <summary>
/// The files of one commit, extracted with <c>git archive</c> into a temporary folder laid out like the repository,
/// without touching the working tree or the index. Only the folders asked for are extracted. Deleted on dispose.
/// </summary>
internal sealed class GitRevisionTree : IDisposable
{
    private readonly HashSet<string> _extracted = new(StringComparer.Ordinal);

    private GitRevisionTree(string repository, string revision, string commit, string folder)
    {
        Repository = repository;
        Revision = revision;
        Commit = commit;
        Folder = folder;
    }

    /// <summary>The repository's top folder (the working tree's root).</summary>
    public string Repository { get; }

    /// <summary>The revision as the user wrote it, like <c>HEAD~1</c>.</summary>
    public string Revision { get; }

    /// <summary>The full commit id it names.</summary>
    public string Commit { get; }

    /// <summary>The temporary folder that stands for the repository root at <see cref="Commit"/>.</summary>
    public string Folder { get; }

    /// <summary><c>REV (abc1234)</c>, for messages.</summary>
    public string Display => $"{Revision} ({Commit[..Math.Min(7, Commit.Length)]})";

    /// <summary>
    /// Resolves <paramref name="revision"/> in the repository that holds <paramref name="path"/>; throws
    /// <see cref="GitProblem"/> with one line when there is no repository or no such commit.
    /// </summary>
    public static GitRevisionTree Open(string path, string revision)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
        var top = GitCommand.Run(folder, "rev-parse", "--show-toplevel");
        if (top.ExitCode != 0)
        {
            throw new GitProblem($"{folder} is not in a git repository ({top.Error}); fleet diff reads --base from git", ExitCodes.Usage);
        }

        // A revision starting with '-' would be read as an option by git.
        var commit = revision.StartsWith('-') ? (ExitCode: 1, Output: string.Empty, Error: string.Empty) : GitCommand.Run(top.Output, "rev-parse", "--verify", "--quiet", $"{revision}^{{commit}}");
        if (commit.ExitCode != 0 || commit.Output.Length == 0)
        {
            throw new GitProblem($"--base '{revision}' is not a commit of the repository at {top.Output}; give a branch, a tag or a commit, like main, HEAD~1 or origin/main (fetch it first in a shallow clone)", ExitCodes.Usage);
        }

        return new GitRevisionTree(Path.GetFullPath(top.Output), revision, commit.Output, Directory.CreateTempSubdirectory("fleet-diff-").FullName);
    }

    /// <summary>The repository-relative form of a path of the working tree, with <c>/</c>; null when it lies outside the repository.</summary>
    public string? RelativePath(string path)
    {
        var relative = Path.GetRelativePath(Repository, Path.GetFullPath(path)).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }

    /// <summary>Whether the commit has a file or folder at the repository-relative path.</summary>
    public bool Has(string relativePath) => GitCommand.Run(Repository, "cat-file", "-e", $"{Commit}:{relativePath}").ExitCode == 0;

    /// <summary>Extracts a folder of the commit (once) below <see cref="Folder"/>; throws <see cref="GitProblem"/> when git fails.</summary>
    public void Extract(string relativeFolder)
    {
        if (_extracted.Any(done => relativeFolder == done || relativeFolder.StartsWith(done + "/", StringComparison.Ordinal)) || !_extracted.Add(relativeFolder))
        {
            return;
        }

        var result = GitCommand.Stream(Repository, output => TarFile.ExtractToDirectory(output, Folder, overwriteFiles: true), "archive", "--format=tar", Commit, "--", relativeFolder);
        if (result.ExitCode != 0)
        {
            throw new GitProblem($"git archive {Display} -- {relativeFolder} failed: {result.Error}", ExitCodes.BadInput);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

/// <summary>A problem reading the base from git, as one line, with the exit code it ends the command with.</summary>
internal sealed class GitProblem(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
