using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Review;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// <c>fleet review create</c>: writes <c>stacks/Pulumi.&lt;name&gt;.yaml</c>, an apps-only stack of a base stack (a review
/// environment), after planning it in full; on any error nothing is written.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var baseStack = new Option<string>("--base") { Description = "The stack whose clusters the review runs on (a name, or org/project/stack)", Required = true };
        var name = new Option<string>("--name") { Description = $"The review environment's stack name, like pr-123 (a DNS label of at most {ReviewNames.MaxNameLength})", Required = true };
        var ttl = new Option<string>("--ttl") { Description = "How long it lives: 30m, 72h, 7d (at most 90d)", DefaultValueFactory = _ => "72h" };
        var apps = new Option<DirectoryInfo?>("--apps") { Description = "Read the intents from this folder (written as fleet:appsDir)" };
        var idleAfter = new Option<string>("--idle-after")
        {
            Description = $"Suspend it (scale it to zero) after this long without a change: 12h, 2d (at most 90d); written as fleet:idleAfter",
            DefaultValueFactory = _ => ReviewIdleness.DefaultIdleAfterText,
        };
        var expiresAtOption = new Option<string?>("--expires-at") { Description = "Write this expiry (RFC 3339) instead of now + --ttl: the nightly suspend writes an existing review again as it was" };
        var lastChangeAt = new Option<string?>("--last-change-at") { Description = "Write this last change (RFC 3339) instead of now: the nightly suspend writes an existing review again as it was" };
        var update = new Option<bool>("--update") { Description = "Rewrite an existing review environment of the same base (a new push): extends its TTL" };
        var project = new Option<DirectoryInfo?>("--project") { Description = "The folder holding Pulumi.yaml (default: found by walking up from the working folder)" };
        var create = new Command("create", "Write stacks/Pulumi.<name>.yaml: the apps on the base's clusters in namespaces <app>-<name>, with a TTL, working hours and a small quota")
        {
            baseStack,
            name,
            ttl,
            idleAfter,
            expiresAtOption,
            lastChangeAt,
            apps,
            update,
            project,
        };
        create.SetAction(parseResult => new ReviewRequest(
            parseResult.GetValue(baseStack)!,
            parseResult.GetValue(name)!,
            parseResult.GetValue(ttl)!,
            parseResult.GetValue(apps)?.FullName,
            parseResult.GetValue(update),
            parseResult.GetValue(project)?.FullName ?? ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory())
        {
            IdleAfter = parseResult.GetValue(idleAfter)!,
            ExpiresAt = parseResult.GetValue(expiresAtOption),
            LastChangeAt = parseResult.GetValue(lastChangeAt),
        }.Run(console, DateTimeOffset.UtcNow));
        return new Command("review", "Review environments: one apps-only stack per pull request on the clusters of a base stack")
        {
            create,
            ReviewSuspendCommand.Create(console),
        };
    }
}

/// <summary>One <c>fleet review create</c>.</summary>
internal sealed record ReviewRequest(string BaseReference, string Name, string Ttl, string? AppsDirectory, bool Update, string ProjectRoot)
{
    private const string Command = "fleet review create";

    /// <summary><c>--idle-after</c>: how long it may go unchanged before it is suspended.</summary>
    public string IdleAfter { get; init; } = ReviewIdleness.DefaultIdleAfterText;

    /// <summary><c>--expires-at</c>: the expiry to write instead of now + TTL.</summary>
    public string? ExpiresAt { get; init; }

    /// <summary><c>--last-change-at</c>: the last change to write instead of now.</summary>
    public string? LastChangeAt { get; init; }

    public int Run(CliConsole console, DateTimeOffset now)
    {
        if (ReviewNames.Problem(Name) is { } nameProblem)
        {
            return Fail(console, $"--name {nameProblem}", ExitCodes.Usage);
        }

        if (ReviewTtl.Parse(Ttl, out var ttlProblem) is not { } lifetime)
        {
            return Fail(console, $"--ttl {ttlProblem}", ExitCodes.Usage);
        }

        if (ReviewTtl.Parse(IdleAfter, out var idleProblem) is not { } idleAfter)
        {
            return Fail(console, $"--idle-after {idleProblem}", ExitCodes.Usage);
        }

        var explicitExpiry = Instant("--expires-at", ExpiresAt, out var expiryProblem);
        var explicitChange = Instant("--last-change-at", LastChangeAt, out var changeProblem);
        if ((expiryProblem ?? changeProblem) is { } instantProblem)
        {
            return Fail(console, instantProblem, ExitCodes.Usage);
        }

        var baseName = ClustersReference.StackNameOf(BaseReference);
        if (!StackName.IsValid(baseName))
        {
            return Fail(console, $"--base '{BaseReference}' is not a stack; name it like staging or org/project/staging", ExitCodes.Usage);
        }

        var stacks = Path.Combine(ProjectRoot, "stacks");
        var baseFile = Path.Combine(stacks, $"Pulumi.{baseName}.yaml");
        var reviewFile = Path.Combine(stacks, $"Pulumi.{Name}.yaml");
        if (!File.Exists(baseFile))
        {
            return Fail(console, $"--base '{BaseReference}': there is no stack file {FleetLoader.Display(baseFile)}; name an existing stack", ExitCodes.BadInput);
        }

        var diagnostics = new DiagnosticBag();
        var baseConfig = FleetLoader.ParseStack(baseFile, null, diagnostics);
        if (baseConfig is null || diagnostics.HasErrors)
        {
            console.Report(diagnostics.ToImmutableSorted());
            return ExitCodes.BadInput;
        }

        if (AppsOnlyStack.BaseProblem(baseConfig) is { } baseProblem)
        {
            return Fail(console, baseProblem, ExitCodes.BadInput);
        }

        if (ExistingProblem(reviewFile, baseName) is { } existing)
        {
            return Fail(console, existing, ExitCodes.BadInput);
        }

        var appsFolder = AppsDirectory ?? baseConfig.AppsDirectory;
        var appsSetting = Path.GetFullPath(appsFolder) == Path.GetFullPath(Path.Combine(stacks, "apps")) ? null : Path.GetRelativePath(stacks, appsFolder).Replace('\\', '/');
        var expiresAt = explicitExpiry ?? now + lifetime;

        // Every create is a change (the PR workflow runs it on every push), so it is never suspended.
        var idleness = new ReviewIdleness(explicitChange ?? now, idleAfter, Suspended: false);
        var text = ReviewStackFile.Text(BaseReference, baseConfig, expiresAt, appsSetting, idleness);
        return WriteIfItPlans(console, text, reviewFile, baseFile, appsFolder, expiresAt);
    }

    /// <summary>A file of that name is another stack, or this review when <c>--update</c> is not given: two reviews never share a name.</summary>
    private string? ExistingProblem(string reviewFile, string baseName)
    {
        if (!File.Exists(reviewFile))
        {
            return null;
        }

        var existing = FleetLoader.ParseStack(reviewFile, Name, new DiagnosticBag());
        if (existing?.ClustersFrom is not { } reference || reference.StackName != baseName)
        {
            return $"--name '{Name}': {FleetLoader.Display(reviewFile)} is another stack (not a review environment of {BaseReference}); choose another name";
        }

        return Update ? null : $"--name '{Name}': review environment {FleetLoader.Display(reviewFile)} exists already; pass --update to extend it, or choose another name";
    }

    /// <summary>Plans the new stack from a private copy first, so that nothing is written unless the review environment plans cleanly.</summary>
    private int WriteIfItPlans(CliConsole console, string text, string reviewFile, string baseFile, string appsFolder, DateTimeOffset expiresAt)
    {
        var scratch = Directory.CreateTempSubdirectory("fleet-review-");
        try
        {
            var draft = Path.Combine(scratch.FullName, Path.GetFileName(reviewFile));
            File.WriteAllText(draft, text);
            var result = FleetLoader.LoadWithClustersFrom(draft, appsFolder, Name, baseFile);
            console.Report(result.Diagnostics);
            if (!result.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            File.Move(draft, reviewFile, overwrite: true);
            var plan = result.Plan!;
            var hosts = plan.Clusters.SelectMany(c => c.Apps.SelectMany(a => a.Routes.Select(r => r.Host))).Distinct().Order(StringComparer.Ordinal).ToList();
            console.Output.WriteLine($"wrote {FleetLoader.Display(reviewFile)}: review environment {Name} on {BaseReference}'s {plan.Clusters.Length} clusters, expires {ReviewTtl.Format(expiresAt)}");
            foreach (var host in hosts)
            {
                console.Output.WriteLine($"  https://{host}");
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(console, $"{FleetLoader.Display(reviewFile)}: cannot write the stack file ({ex.Message})", ExitCodes.BadInput);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>An instant option's value; null when not given, or with <paramref name="problem"/> when it is not an instant.</summary>
    private static DateTimeOffset? Instant(string option, string? text, out string? problem)
    {
        var instant = text is null ? null : ReviewTtl.ParseInstant(text);
        problem = text is not null && instant is null ? $"{option} '{text}' is not an RFC 3339 instant; write it like 2026-12-07T21:00:00Z" : null;
        return instant;
    }

    private static int Fail(CliConsole console, string message, int exitCode)
    {
        console.Error.WriteLine($"{Command}: {message}");
        return exitCode;
    }
}
