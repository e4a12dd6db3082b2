using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary>The options that choose stacks: <c>--stack</c>, <c>--all</c>, <c>--shard</c> and <c>--project</c>.</summary>
internal sealed class TargetOptions
{
    public Option<string[]> Stack { get; } = new("--stack", "-s")
    {
        Description = "Stacks to run: NAME, NAME,NAME or the option repeated (reads stacks/Pulumi.<NAME>.yaml)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> All { get; } = new("--all") { Description = "Every stacks/Pulumi.*.yaml of the project" };

    public Option<bool> Expired { get; } = new("--expired") { Description = "The review environments (apps-only stacks) past their fleet:expiresAt" };

    /// <summary><c>--idle</c>, on <c>targets</c> only (<see cref="AddTo"/> with <c>withIdle</c>).</summary>
    public Option<bool> Idle { get; } = new("--idle")
    {
        Description = "The review environments (apps-only stacks) unchanged for their fleet:idleAfter since fleet:lastChangeAt, not suspended yet; prints [{stack, environment, clustersFrom, expiresAt, lastChangeAt, idleAfter}]",
    };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Run only part i of n of the targets (stacks sorted by name, dealt round-robin), like 2/3" };

    public Option<DirectoryInfo?> Project { get; } = new("--project") { Description = "The folder holding Pulumi.yaml (default: found by walking up from the working folder)" };

    public void AddTo(Command command, bool withIdle = false)
    {
        command.Options.Add(Stack);
        command.Options.Add(All);
        command.Options.Add(Expired);
        if (withIdle)
        {
            command.Options.Add(Idle);
        }

        command.Options.Add(Shard);
        command.Options.Add(Project);
        command.Validators.Add(result =>
        {
            var idle = withIdle && result.GetResult(Idle) is not null ? 1 : 0;
            if ((result.GetResult(Stack) is null ? 0 : 1) + (result.GetResult(All) is null ? 0 : 1) + (result.GetResult(Expired) is null ? 0 : 1) + idle != 1)
            {
                result.AddError(withIdle ? TargetSelection.ChooseOneOrIdle : TargetSelection.ChooseOne);
            }

            if (result.GetValue(Shard) is { } shard && Targets.Shard.TryParse(shard, out var error) is null)
            {
                result.AddError(error!);
            }
        });
    }

    /// <summary>The project root from <c>--project</c> or the working folder; null (with <paramref name="error"/>) when there is none.</summary>
    public string? ProjectRootOf(ParseResult parseResult, out string? error)
    {
        var start = parseResult.GetValue(Project)?.FullName ?? Directory.GetCurrentDirectory();
        var root = parseResult.GetValue(Project) is null ? ProjectRoot.Find(start) : File.Exists(Path.Combine(start, ProjectRoot.ProjectFile)) ? start : null;
        error = root is null ? $"no {ProjectRoot.ProjectFile} at or above {start}; run from the repository or pass --project DIR" : null;
        return root;
    }

    /// <summary>With <c>--expired</c>, the moment stacks are expired at: now.</summary>
    public DateTimeOffset? ExpiredAtOf(ParseResult parseResult) => parseResult.GetValue(Expired) ? DateTimeOffset.UtcNow : null;

    public Shard? ShardOf(ParseResult parseResult) =>
        parseResult.GetValue(Shard) is { } text ? Targets.Shard.TryParse(text, out _) : null;
}
