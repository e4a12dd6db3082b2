using System.Text.Json.Nodes;
using FleetInfra.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary><c>fleet deploy operator-manifests</c>: one Pulumi Kubernetes Operator Stack per stack, for continuous reconciliation.</summary>
public sealed class OperatorManifestsTests : IDisposable
{
    private const string Repository = "https://github.com/acme/fleet.git";

    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private string Out => _project.PathOf("operator");

    private YamlMappingNode Manifest(string stack)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Out, $"{stack}.yaml"))));
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }

    private static readonly Lazy<Json.Schema.JsonSchema> StackCrd = new(() => UpstreamCrdSchema.Load(UpstreamCrds.PulumiOperatorStack, "v1"));

    private static JsonNode StackObject(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(file)));
        return UpstreamCrdSchema.ToJson(Assert.Single(yaml.Documents).RootNode)!;
    }

    private static string At(YamlMappingNode node, params string[] path) =>
        path.Aggregate((YamlNode)node, (current, key) => ((YamlMappingNode)current)[key]) is YamlScalarNode scalar ? scalar.Value! : throw new InvalidOperationException();

    [Fact]
    public void All_WritesOneStackPerStackFile_WithoutCallingTheEngine()
    {
        var run = DeployRun.Of(_engine, _project, "operator-manifests", "--all", "--out", Out, "--repository", Repository, "--backend", "s3://acme-pulumi-state");

        Assert.Equal((0, $"wrote 3 operator Stacks to {Out}\n", string.Empty), (run.ExitCode, run.Output, run.Error));
        Assert.Equal(["dev.yaml", "prod.yaml", "staging.yaml"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(_engine.Calls);
    }

    [Fact]
    public void Stack_FollowsTheBranchOfTheRepository_NeverDestroysAndKeepsReconciling()
    {
        DeployRun.Of(_engine, _project, "operator-manifests", "--stack", "prod", "--out", Out, "--repository", Repository, "--backend", "s3://acme-pulumi-state", "--branch", "release");
        var prod = Manifest("prod");

        Assert.Equal(("pulumi.com/v1", "Stack", "fleetinfra-prod", "pulumi-operator"), (At(prod, "apiVersion"), At(prod, "kind"), At(prod, "metadata", "name"), At(prod, "metadata", "namespace")));
        Assert.Equal(("prod", Repository, "release", "s3://acme-pulumi-state"), (At(prod, "spec", "stack"), At(prod, "spec", "projectRepo"), At(prod, "spec", "branch"), At(prod, "spec", "backend")));
        Assert.Equal(("false", "true", "true", "600"), (At(prod, "spec", "destroyOnFinalize"), At(prod, "spec", "refresh"), At(prod, "spec", "continueResyncOnCommitMatch"), At(prod, "spec", "resyncFrequencySeconds")));
        Assert.Equal(("fleetinfra-credentials", "fleetinfra-git", "fleetinfra-deployer"),
            (((YamlScalarNode)((YamlSequenceNode)((YamlMappingNode)prod["spec"])["envSecrets"]).Single()).Value, At(prod, "spec", "gitAuthSecret"), At(prod, "spec", "serviceAccountName")));
        Assert.Equal("prod", At(prod, "metadata", "labels", "fleetinfra.io/environment"));
        Assert.False(((YamlMappingNode)prod["spec"]).Children.ContainsKey("accessTokenSecret"));
    }

    [Fact]
    public void PulumiCloud_QualifiesTheStackWithTheOrganizationAndUsesTheAccessToken()
    {
        DeployRun.Of(_engine, _project, "operator-manifests", "--stack", "dev", "--out", Out, "--repository", Repository, "--organization", "acme", "--project-path", "infra/");
        var dev = Manifest("dev");

        Assert.Equal(("acme/dev", "pulumi-access-token", "infra"), (At(dev, "spec", "stack"), At(dev, "spec", "accessTokenSecret"), At(dev, "spec", "repoDir")));
        Assert.False(((YamlMappingNode)dev["spec"]).Children.ContainsKey("backend"));
    }

    [UpstreamCrdFact(UpstreamCrds.PulumiOperatorStack)]
    public void EveryStack_IsValidAgainstTheOperatorsStackCrd_ForABackendAndForPulumiCloud()
    {
        var backend = _project.PathOf("operator-backend");
        var cloud = _project.PathOf("operator-cloud");
        DeployRun.Of(_engine, _project, "operator-manifests", "--all", "--out", backend, "--repository", Repository, "--backend", "s3://acme-pulumi-state", "--branch", "release");
        DeployRun.Of(_engine, _project, "operator-manifests", "--all", "--out", cloud, "--repository", Repository, "--organization", "acme", "--project-path", "infra/");

        var stacks = Directory.GetFiles(backend).Concat(Directory.GetFiles(cloud)).Select(StackObject).ToList();

        Assert.Equal(6, stacks.Count);
        Assert.All(stacks, stack => Assert.Empty(UpstreamCrdSchema.Problems(StackCrd.Value, stack)));
    }

    [UpstreamCrdFact(UpstreamCrds.PulumiOperatorStack)]
    public void StackCrdCheck_RejectsAnUndeclaredFieldAndAWrongType()
    {
        DeployRun.Of(_engine, _project, "operator-manifests", "--stack", "dev", "--out", Out, "--repository", Repository, "--backend", "s3://acme-pulumi-state");
        var undeclared = StackObject(Path.Combine(Out, "dev.yaml"));
        undeclared["spec"]!["destroyOnDelete"] = true;
        var wrongType = StackObject(Path.Combine(Out, "dev.yaml"));
        wrongType["spec"]!["resyncFrequencySeconds"] = "ten minutes";

        Assert.NotEmpty(UpstreamCrdSchema.Problems(StackCrd.Value, undeclared));
        Assert.NotEmpty(UpstreamCrdSchema.Problems(StackCrd.Value, wrongType));
    }

    [Fact]
    public void BackendAndOrganizationTogether_IsAUsageError()
    {
        var run = DeployRun.Of(_engine, _project, "operator-manifests", "--all", "--out", Out, "--repository", Repository, "--organization", "acme", "--backend", "s3://b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--organization is for Pulumi Cloud and --backend 's3://b' is a self-managed backend; give one of them", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void InvalidStack_WritesNothing()
    {
        _project.WithStack("broken", text => text.Replace("provider: eks", "provider: aks", StringComparison.Ordinal));

        var run = DeployRun.Of(_engine, _project, "operator-manifests", "--all", "--out", Out, "--repository", Repository);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not written: broken is invalid (see above)", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }
}
