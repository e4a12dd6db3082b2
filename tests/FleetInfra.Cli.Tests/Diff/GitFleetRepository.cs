using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FleetInfra.Cli.Tests.Diff;

/// <summary>
/// A temporary git repository holding a copy of the sample stacks and intents (and <c>Pulumi.yaml</c>, so that
/// <c>--stack</c> finds its root): edit files, commit, and run <c>fleet diff</c> against an earlier commit. Commits have
/// fixed authors and dates, and the short commit id is masked in outputs, so that outputs can be compared with golden files.
/// </summary>
internal sealed partial class GitFleetRepository : IDisposable
{
    private GitFleetRepository(string folder) => Folder = folder;

    public string Folder { get; }

    public string StackFile(string stack) => Path.Combine(Folder, "stacks", $"Pulumi.{stack}.yaml");

    /// <summary>A repository with the sample stacks and intents, edited by <paramref name="prepare"/> (if any), in one first commit.</summary>
    public static GitFleetRepository Create(Action<GitFleetRepository>? prepare = null)
    {
        var repository = new GitFleetRepository(Directory.CreateTempSubdirectory("fleet-diff-test-").FullName);
        File.Copy(Path.Combine(CliRun.RepositoryRoot, "Pulumi.yaml"), Path.Combine(repository.Folder, "Pulumi.yaml"));
        CopyFolder(Path.Combine(CliRun.RepositoryRoot, "stacks"), Path.Combine(repository.Folder, "stacks"));
        repository.Git("init", "-q", "-b", "main");
        prepare?.Invoke(repository);
        repository.Commit("base");
        return repository;
    }

    /// <summary>Replaces <paramref name="before"/> with <paramref name="after"/> in a file of the repository; the text must be there.</summary>
    public GitFleetRepository Edit(string relativePath, string before, string after)
    {
        var path = Path.Combine(Folder, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
        return this;
    }

    public GitFleetRepository Write(string relativePath, string text)
    {
        File.WriteAllText(Path.Combine(Folder, relativePath), text);
        return this;
    }

    public GitFleetRepository Delete(string relativePath)
    {
        File.Delete(Path.Combine(Folder, relativePath));
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
    }

    /// <summary><c>fleet diff --config stacks/Pulumi.STACK.yaml --base BASE ...</c> in process.</summary>
    public CliRun Diff(string stack = "dev", string baseRevision = "HEAD~1", params string[] options) =>
        CliRun.Of(["diff", "--config", StackFile(stack), "--base", baseRevision, .. options]);

    /// <summary>Each hazard of a <c>--json</c> diff as <c>id level cluster file:line</c>, sorted.</summary>
    public static List<string> HazardLines(System.Text.Json.JsonElement diff) =>
        [.. diff.GetProperty("hazards").EnumerateArray()
            .Select(h => $"{h.GetProperty("id").GetString()} {h.GetProperty("level").GetString()} {h.GetProperty("cluster").GetString()} {h.GetProperty("file").GetString()}:{h.GetProperty("line").GetInt32()}")
            .Order(StringComparer.Ordinal)];

    /// <summary>The text with the short commit ids of <c>REV (abc1234)</c> masked as <c>REV (commit)</c>.</summary>
    public static string MaskCommits(string text) => ShortCommit().Replace(text, " (commit)");

    public void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in new[]
                 {
                     ("GIT_AUTHOR_NAME", "fleet test"), ("GIT_AUTHOR_EMAIL", "fleet@example.com"), ("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z"),
                     ("GIT_COMMITTER_NAME", "fleet test"), ("GIT_COMMITTER_EMAIL", "fleet@example.com"), ("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z"),
                     ("GIT_CONFIG_GLOBAL", "/dev/null"), ("GIT_CONFIG_NOSYSTEM", "1"),
                 })
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [GeneratedRegex(@" \([0-9a-f]{7}\)")]
    private static partial Regex ShortCommit();
}
