using System.Collections.Immutable;
using FleetInfra.Deploy.Engine;

namespace FleetInfra.Deploy.Tests;

/// <summary>Secret config values and secret outputs never appear in the streamed lines, the summary or the JSON file.</summary>
public sealed class SecretMaskingTests : IDisposable
{
    private const string DbPassword = "hunter2-Very-Secret";
    private const string Token = "tok_4f9a8b7c";
    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void SecretConfigValues_AreMaskedInLinesErrorsAndJson()
    {
        _engine.Scripts["dev"] = new FakeScript
        {
            Secrets = [DbPassword],
            Lines = [$"diagnostic: connecting with password={DbPassword}"],
            FailWith = $"error: login failed for {DbPassword}",
        };
        var file = _project.PathOf("summary.json");

        var run = DeployRun.Of(_engine, _project, "up", "--stack", "dev", "--json", file);

        Assert.Contains("[dev] diagnostic: connecting with password=[secret]", run.OutputLines);
        Assert.Equal("fleet deploy: dev: error: login failed for [secret]", run.ErrorLines.Single());
        Assert.DoesNotContain(DbPassword, run.Output + run.Error + File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void SecretsOfOneStack_AreMaskedInEveryStacksLines()
    {
        _engine.Scripts["dev"] = new FakeScript { Secrets = [Token] };
        _engine.Scripts["staging"] = new FakeScript { Lines = [$"echo {Token}"] };

        var run = DeployRun.Of(_engine, _project, "preview", "--stack", "dev,staging", "--parallel", "1");

        Assert.Contains("[staging] echo [secret]", run.OutputLines);
    }

    [Fact]
    public void Outputs_ShowsSecretOutputsAsSecretEverywhere()
    {
        var kubeconfig = $"{{\"token\":\"{Token}\",\"server\":\"https://eks.example\"}}";
        _engine.Scripts["dev"] = new FakeScript
        {
            Outputs =
            [
                new StackOutputValue("kubeconfig-eks-use1", kubeconfig, IsSecret: true),
                new StackOutputValue("appUrls", "{\"storefront\":[\"https://shop.example.com\"]}", IsSecret: false),
                new StackOutputValue("leak", $"\"copied {Token}\"", IsSecret: false),
            ],
        };
        var file = _project.PathOf("outputs.json");

        var run = DeployRun.Of(_engine, _project, "outputs", "--stack", "dev", "--json", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["[dev] kubeconfig-eks-use1 = \"[secret]\"", "[dev] appUrls = {\"storefront\":[\"https://shop.example.com\"]}", "[dev] leak = \"copied [secret]\""],
            run.OutputLines.Where(l => l.StartsWith("[dev]", StringComparison.Ordinal)));
        var json = File.ReadAllText(file);
        Assert.Contains("\"kubeconfig-eks-use1\": \"[secret]\"", json, StringComparison.Ordinal);
        Assert.Contains("https://shop.example.com", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Output + run.Error + json, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_ReplacesLongerSecretsFirst()
    {
        var mask = new Running.SecretMask();
        mask.Add(["abcd", "abcdefgh"]);

        Assert.Equal("x [secret] y [secret]", mask.Apply("x abcdefgh y abcd"));
    }

    [Fact]
    public void Mask_StructuredSecret_MasksEveryLeaf()
    {
        var mask = new Running.SecretMask();
        mask.Add(ImmutableArray.Create("{\"user\":\"admin-user\",\"pin\":48151623}"));

        Assert.Equal("user [secret] pin [secret]", mask.Apply("user admin-user pin 48151623"));
    }

    [Fact]
    public void Outputs_SecretsNestedInAnObject_AreMaskedLeafByLeaf()
    {
        const string Endpoint = "https://4F9A8B7C.gr7.us-east-1.eks.amazonaws.com";
        _engine.Scripts["dev"] = new FakeScript
        {
            Outputs = [new StackOutputValue("clusters", $"{{\"eks\":{{\"endpoint\":\"{Endpoint}\",\"name\":\"eks-use1\"}}}}", IsSecret: false, MaskedJson: "{\"eks\":{\"endpoint\":\"[secret]\",\"name\":\"eks-use1\"}}")],
        };
        var file = _project.PathOf("outputs.json");

        var run = DeployRun.Of(_engine, _project, "outputs", "--stack", "dev", "--json", file);

        Assert.Contains("[dev] clusters = {\"eks\":{\"endpoint\":\"[secret]\",\"name\":\"eks-use1\"}}", run.OutputLines);
        Assert.DoesNotContain(Endpoint, run.Output + run.Error + File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void SecretsOfEveryStack_AreKnownBeforeAnyStackRuns()
    {
        _engine.Scripts["dev"] = new FakeScript { Lines = [$"echo {Token}"] };
        _engine.Scripts["staging"] = new FakeScript { Secrets = [Token] };

        var run = DeployRun.Of(_engine, _project, "preview", "--stack", "dev,staging", "--parallel", "1");

        Assert.Contains("[dev] echo [secret]", run.OutputLines);
    }

    [Fact]
    public void Mask_MultiLineSecret_IsMaskedLineByLine()
    {
        var mask = new Running.SecretMask();
        mask.Add(["-----BEGIN KEY-----\nMIIEvQIBADANBgkq\n-----END KEY-----"]);

        Assert.Equal("[dev] [secret]", mask.Apply("[dev] MIIEvQIBADANBgkq"));
    }

    [Fact]
    public void Mask_TrivialValues_StayVisible()
    {
        var mask = new Running.SecretMask();
        mask.Add(["12", "443", "true", "{\"replicas\":12,\"token\":\"t0k3n-abc\"}"]);

        Assert.Equal("replicas 12 port 443 enabled true token [secret]", mask.Apply("replicas 12 port 443 enabled true token t0k3n-abc"));
    }
}
