using System.Diagnostics;
using FleetInfra.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary>
/// The scripts of fleet.yml's deciding steps, run as GitHub runs a <c>shell: bash</c> step
/// (<c>bash --noprofile --norc -eo pipefail</c>) in a temporary workspace, over a stand-in <c>fleet</c> and <c>gh</c>
/// that record how they were called.
/// </summary>
public sealed class WorkflowScriptTests : IDisposable
{
    private static readonly YamlMappingNode Jobs = LoadJobs();

    private readonly string _workspace = Directory.CreateTempSubdirectory("workflow-step-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private static YamlMappingNode LoadJobs()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "fleet.yml"))));
        return (YamlMappingNode)((YamlMappingNode)stream.Documents.Single().RootNode)["jobs"];
    }

    private static YamlMappingNode Step(string job, string match) =>
        ((YamlSequenceNode)((YamlMappingNode)Jobs[job])["steps"]).Cast<YamlMappingNode>()
            .Single(s => Named(s, "id") == match || Named(s, "name") == match);

    private static string? Named(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static string Script(string job, string step) => ((YamlScalarNode)Step(job, step)["run"]).Value!;

    private string PathOf(string relative) => Path.Combine(_workspace, relative);

    private string Read(string relative) => File.Exists(PathOf(relative)) ? File.ReadAllText(PathOf(relative)) : string.Empty;

    private void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>A stand-in executable that records its process id and arguments, prints <paramref name="output"/> and exits with <paramref name="exitCode"/>.</summary>
    private void FakeTool(string relative, int exitCode = 0, string output = "")
    {
        var name = Path.GetFileName(relative);
        Write(relative, $"""
            #!/usr/bin/env bash
            echo $$ > "{_workspace}/{name}.pid"
            printf '%s\n' "$*" >> "{_workspace}/{name}.calls"
            {output}
            exit {exitCode}
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PathOf(relative), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private (int ExitCode, int BashPid) Run(string job, string step, Dictionary<string, string> env)
    {
        Write("step.sh", Script(job, step));
        var start = new ProcessStartInfo(Executables.OnPath("bash") ?? "bash", ["--noprofile", "--norc", "-eo", "pipefail", PathOf("step.sh")])
        {
            WorkingDirectory = _workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = $"{PathOf("bin")}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["GITHUB_OUTPUT"] = PathOf("github-output");
        start.Environment["GITHUB_STEP_SUMMARY"] = PathOf("step-summary");
        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var bash = Process.Start(start)!;
        var pid = bash.Id;
        _ = bash.StandardOutput.ReadToEndAsync();
        _ = bash.StandardError.ReadToEndAsync();
        bash.WaitForExit();
        return (bash.ExitCode, pid);
    }

    [Theory]
    [InlineData("preview", "preview")]
    [InlineData("up", "up")]
    [InlineData("drift", "drift")]
    public void RunnerStep_ExecsTheRunner_SoGitHubsInterruptReachesItNotABashInBetween(string job, string step)
    {
        FakeTool(".fleet/fleet");

        var (exitCode, bashPid) = Run(job, step, new() { ["STACK"] = "dev" });

        Assert.Equal(0, exitCode);
        Assert.Equal(bashPid.ToString(System.Globalization.CultureInfo.InvariantCulture), Read("fleet.pid").Trim());
        Assert.StartsWith($"deploy {job} --stack dev", Read("fleet.calls"), StringComparison.Ordinal);
    }

    [Fact]
    public void TargetsStep_FailsWhenTheRunnerFails_AndSetsNoMatrix()
    {
        FakeTool("fleet-runner/fleet", exitCode: 1, output: "echo 'Pulumi.broken.yaml:3:5: fleet:clusters: ...' >&2");

        var (exitCode, _) = Run("build", "targets", []);

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("targets=", Read("github-output"), StringComparison.Ordinal);
    }

    [Fact]
    public void TargetsStep_SetsTheMatrix()
    {
        FakeTool("fleet-runner/fleet", output: """echo '[{"stack":"dev","environment":"dev","providers":["eks"]}]'""");

        var (exitCode, _) = Run("build", "targets", []);

        Assert.Equal((0, """targets=[{"stack":"dev","environment":"dev","providers":["eks"]}]""" + "\n"), (exitCode, Read("github-output")));
    }

    [Theory]
    [InlineData("error", "diff --stack prod --base abc123 --markdown summary/diff-prod.md --fail-on error")]
    [InlineData("", "diff --stack prod --base abc123 --markdown summary/diff-prod.md")]
    public void DiffStep_FailsOnHazardsOnlyWhenAsked(string failOn, string expected)
    {
        FakeTool(".fleet/fleet");

        var (exitCode, bashPid) = Run("preview", "diff", new() { ["STACK"] = "prod", ["BASE"] = "abc123", ["FAIL_ON"] = failOn });

        Assert.Equal((0, expected), (exitCode, Read("fleet.calls").Trim()));
        Assert.Equal(bashPid.ToString(System.Globalization.CultureInfo.InvariantCulture), Read("fleet.pid").Trim());
    }

    [JqTheory]
    [InlineData(new[] { "succeeded" }, true)]
    [InlineData(new[] { "succeeded", "failed" }, false)]
    [InlineData(new[] { "failed", "succeeded" }, true)]
    [InlineData(new[] { "failed", "failed", "failed", "failed", "failed", "failed", "failed", "failed", "failed", "succeeded" }, true)]
    [InlineData(new string[0], false)]
    public void UpGate_AppliesOnlyThePlanOfTheStacksNewestPreview_WhenItSucceeded(string[] attempts, bool proceeds)
    {
        for (var attempt = 1; attempt <= attempts.Length; attempt++)
        {
            var folder = $"previews/preview-dev.attempt-{attempt}";
            Write($"{folder}/summary/preview-dev.json", $$"""{"operation":"preview","exitCode":0,"stacks":[{"stack":"dev","result":"{{attempts[attempt - 1]}}"}]}""");
            Write($"{folder}/plans/dev.plan.json", $"attempt {attempt}");
        }

        // Another stack whose name starts the same: never taken for dev's.
        Write("previews/preview-dev-eu.attempt-99/summary/preview-dev-eu.json", """{"stacks":[{"stack":"dev-eu","result":"succeeded"}]}""");

        var (exitCode, _) = Run("up", "This stack's newest preview succeeded", new() { ["STACK"] = "dev" });

        Assert.Equal(proceeds, exitCode == 0);
        Assert.Equal(proceeds ? $"attempt {attempts.Length}" : string.Empty, Read("plans/dev.plan.json"));
    }

    [JqTheory]
    [InlineData("", "--method POST repos/acme/fleet/issues/7/comments -F body=@comment.md")]
    [InlineData("4242", "--method PATCH repos/acme/fleet/issues/comments/4242 -F body=@comment.md")]
    public void PullRequestComment_IsOnePerPullRequest_UpdatedInPlace(string existing, string expectedWrite)
    {
        FakeTool("bin/gh", output: $"""if [ "$2" = "--paginate" ] && [ -n "{existing}" ]; then echo {existing}; fi""");
        Write("previews/preview-dev.attempt-1/summary/preview-dev.md", "| dev | preview | succeeded |\n");
        Write("previews/preview-dev.attempt-1/summary/diff-dev.md", "FI106 on dev\n");
        Write("previews/preview-prod.attempt-1/summary/preview-prod.md", "| prod | preview | failed |\n");
        Write("previews/preview-prod.attempt-2/summary/preview-prod.md", "| prod | preview | succeeded |\n");

        var (exitCode, _) = Run("comment", "One comment per pull request, updated in place", new()
        {
            ["REPOSITORY"] = "acme/fleet",
            ["PULL_REQUEST"] = "7",
            ["TARGETS"] = """[{"stack":"dev","environment":"dev","providers":["eks"]},{"stack":"prod","environment":"production","providers":["eks","gke"]}]""",
        });
        var calls = Read("gh.calls").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, exitCode);
        Assert.Equal(2, calls.Length);
        Assert.StartsWith("api --paginate repos/acme/fleet/issues/7/comments", calls[0], StringComparison.Ordinal);
        Assert.Equal($"api {expectedWrite}", calls[1]);
        Assert.Equal(
            "<!-- fleet-preview -->\n## fleet: preview and diff per stack\n### dev\n| dev | preview | succeeded |\nFI106 on dev\n### prod\n| prod | preview | succeeded |\n",
            Read("comment.md"));
    }

    /// <summary>The up gate and the PR comment read JSON with jq, which GitHub's runners have; reported NOT RUN where it is missing.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class JqTheoryAttribute : TheoryAttribute
    {
        public JqTheoryAttribute()
        {
            if (Executables.OnPath("jq") is null)
            {
                Skip = "NOT RUN: jq is not on PATH (GitHub's runners have it; apt-get install jq)";
            }
        }
    }
}
