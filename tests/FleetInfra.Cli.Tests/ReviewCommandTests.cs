using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet review create</c> on a copy of the repository: the review environment of the "Must show", and its bad input.</summary>
public sealed partial class ReviewCommandTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("fleet-review-").FullName;

    public ReviewCommandTests()
    {
        File.Copy(Path.Combine(CliRun.RepositoryRoot, "Pulumi.yaml"), Path.Combine(_project, "Pulumi.yaml"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRun.RepositoryRoot, "stacks"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_project, Path.GetRelativePath(CliRun.RepositoryRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private string StackFile(string name) => Path.Combine(_project, "stacks", $"Pulumi.{name}.yaml");

    private CliRun Create(params string[] args) => CliRun.Of(["review", "create", "--project", _project, .. args]);

    [Fact]
    public void Create_WritesAnAppsOnlyStackThatRendersOnlyTheAppsInTheirReviewNamespaces()
    {
        var before = DateTimeOffset.UtcNow;
        var create = Create("--base", "staging", "--name", "pr-7", "--ttl", "1h");

        Assert.Equal((0, string.Empty), (create.ExitCode, create.Error));
        Assert.Contains("  https://storefront-pr-7.gke-euw1.staging.example.com\n", create.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(StackFile("pr-7"));
        Assert.Contains("  fleet:clustersFrom: staging\n", text, StringComparison.Ordinal);
        Assert.Contains("    active: [\"Mon-Fri 08:00-20:00\"]\n    timezone: Europe/Paris\n", text, StringComparison.Ordinal);
        var expiresAt = DateTimeOffset.Parse(text.Split("fleet:expiresAt: \"")[1].Split('"')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiresAt, before.AddHours(1).AddSeconds(-1), DateTimeOffset.UtcNow.AddHours(1));

        var output = Path.Combine(_project, "render");
        var render = CliRun.Of("render", "--config", StackFile("pr-7"), "--out", output);
        Assert.Equal(0, render.ExitCode);
        Assert.Equal(["eks-use1", "gke-euw1"], Directory.EnumerateDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var yaml = Directory.EnumerateFiles(output, "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var namespaces = yaml.SelectMany(y => y.Split('\n')).Where(l => l.StartsWith("  namespace: ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.All(namespaces, line => Assert.EndsWith("-pr-7", line, StringComparison.Ordinal));
        Assert.DoesNotContain(yaml, y => y.Contains("shop.example.com", StringComparison.Ordinal) || y.Contains("global-static-ip-name", StringComparison.Ordinal));

        var plan = CliRun.Of("plan", "--config", StackFile("pr-7"), "--json");
        using var json = JsonDocument.Parse(plan.Output);
        Assert.Equal((0, "staging"), (json.RootElement.GetProperty("clustersOwned").GetInt32(), json.RootElement.GetProperty("clustersFrom").GetString()));

        var notYet = CliRun.Of("deploy", "targets", "--expired", "--files-only", "--project", _project);
        Assert.Equal((0, "[]\n"), (notYet.ExitCode, notYet.Output));
        File.WriteAllText(StackFile("pr-7"), text.Replace(text.Split("fleet:expiresAt: \"")[1].Split('"')[0], "2026-01-01T00:00:00Z", StringComparison.Ordinal));
        var expired = CliRun.Of("deploy", "targets", "--expired", "--files-only", "--project", _project);
        Assert.Equal(0, expired.ExitCode);
        using var targets = JsonDocument.Parse(expired.Output);
        Assert.Equal(["pr-7"], targets.RootElement.EnumerateArray().Select(t => t.GetProperty("stack").GetString()));
    }

    [Fact]
    public void Create_Twice_IsRefused_AndUpdateExtendsIt()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7", "--ttl", "1h").ExitCode);
        var first = File.ReadAllText(StackFile("pr-7"));

        var again = Create("--base", "staging", "--name", "pr-7");
        Assert.Equal((1, "fleet review create: --name 'pr-7': review environment stacks/Pulumi.pr-7.yaml exists already; pass --update to extend it, or choose another name\n"),
            (again.ExitCode, again.Error.Replace(Path.Combine(_project, "stacks") + "/", "stacks/", StringComparison.Ordinal)));
        Assert.Equal(first, File.ReadAllText(StackFile("pr-7")));

        var update = Create("--base", "staging", "--name", "pr-7", "--ttl", "72h", "--update");
        Assert.Equal(0, update.ExitCode);
        Assert.NotEqual(first, File.ReadAllText(StackFile("pr-7")));
    }

    [Theory]
    [InlineData(2, "--name", "a-review-name-that-is-much-too-long", "--ttl", "1h", "fleet review create: --name 'a-review-name-that-is-much-too-long' is 35 characters; a review name has at most 31")]
    [InlineData(2, "--name", "PR-7", "--ttl", "1h", "fleet review create: --name 'PR-7' is not a DNS label")]
    [InlineData(2, "--name", "pr-7", "--ttl", "soon", "fleet review create: --ttl 'soon' is not a duration")]
    [InlineData(2, "--name", "pr-7", "--ttl", "0m", "fleet review create: --ttl '0m' is no time at all")]
    [InlineData(1, "--name", "dev", "--ttl", "1h", "fleet review create: --name 'dev': ")]
    public void Create_WithBadInput_SaysSoInOneLineAndWritesNothing(int exitCode, string nameOption, string name, string ttlOption, string ttl, string message)
    {
        var dev = File.ReadAllText(StackFile("dev"));

        var run = Create("--base", "staging", nameOption, name, ttlOption, ttl);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(dev, File.ReadAllText(StackFile("dev")));
        Assert.Equal(["dev", "prod", "staging"], Directory.EnumerateFiles(Path.Combine(_project, "stacks"), "Pulumi.*.yaml").Select(f => Path.GetFileName(f)[7..^5]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("qa", "fleet review create: --base 'qa': there is no stack file ")]
    [InlineData("prod", "fleet review create: base stack 'prod' is production; deploy reviews onto a non-production stack, or set fleet:allowReviewOnProduction: true in ")]
    public void Create_OnABaseThatCannotCarryIt_IsRefusedAndWritesNothing(string baseStack, string message)
    {
        var run = Create("--base", baseStack, "--name", "pr-7");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(StackFile("pr-7")));
    }

    [Fact]
    public void Create_OnAReviewStack_IsRefused()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-1").ExitCode);

        var run = Create("--base", "pr-1", "--name", "pr-2");

        Assert.Equal((1, "fleet review create: base stack 'pr-1' is itself apps-only (it deploys onto 'staging'); name the stack that owns the clusters\n"), (run.ExitCode, run.Error));
        Assert.False(File.Exists(StackFile("pr-2")));
    }
}
