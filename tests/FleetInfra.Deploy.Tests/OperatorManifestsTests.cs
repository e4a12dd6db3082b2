using System.Text.Json.Nodes;
using FleetInfra.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary><c>fleet deploy operator-manifests</c>: one Pulumi Kubernetes Operator Stack per stack, for continuous reconciliation.</summary>
public sealed class OperatorManifestsTests : IDisposable
{
    private const string Repository = "https://github.com/acme/fleet.git";

    /// <summary>The Stack CRD's one CEL rule (<c>x-kubernetes-validations</c> on the object), which JSON Schema cannot express.</summary>
    private const int MaxStackObjectName = 42;

    private static readonly Lazy<Json.Schema.JsonSchema> StackCrd = new(() => UpstreamCrdSchema.Load(UpstreamCrds.PulumiOperatorStack, "v1"));

    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private string Out => _project.PathOf("operator");

    private DeployRun Write(params string[] args) => WriteTo(Out, args);

    private DeployRun WriteTo(string folder, params string[] args) =>
        DeployRun.Of(_engine, _project, ["operator-manifests", "--out", folder, "--repository", Repository, .. args]);

    /// <summary>The documents of a stack's file, by kind.</summary>
    private Dictionary<string, YamlMappingNode> Manifests(string stack)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Out, $"{stack}.yaml"))));
        return yaml.Documents.Select(d => (YamlMappingNode)d.RootNode).ToDictionary(d => At(d, "kind"));
    }

    private YamlMappingNode Stack(string stack) => Manifests(stack)["Stack"];

    private static string At(YamlMappingNode node, params string[] path) =>
        path.Aggregate((YamlNode)node, (current, key) => current is YamlSequenceNode list ? list[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] : ((YamlMappingNode)current)[key]) is YamlScalarNode scalar
            ? scalar.Value!
            : throw new InvalidOperationException();

    private static bool Has(YamlMappingNode node, string key) => node.Children.ContainsKey(key);

    [Fact]
    public void All_WritesOneFilePerStackFile_WithoutCallingTheEngine()
    {
        var run = Write("--all", "--backend", "s3://acme-pulumi-state");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"wrote 3 operator Stacks to {Out} (preview-only: prod; pass --reconcile-production to let the operator update them)", run.OutputLines.Single());
        Assert.Equal(["dev.yaml", "prod.yaml", "staging.yaml"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(_engine.Calls);
    }

    [Fact]
    public void Stack_FollowsTheBranchOfTheRepository_NeverDestroysAndKeepsReconciling()
    {
        Write("--stack", "dev", "--backend", "s3://acme-pulumi-state", "--branch", "release");
        var dev = Stack("dev");

        Assert.Equal(("pulumi.com/v1", "Stack", "fleetinfra-dev", "pulumi-operator"), (At(dev, "apiVersion"), At(dev, "kind"), At(dev, "metadata", "name"), At(dev, "metadata", "namespace")));
        Assert.Equal(("dev", Repository, "release", "s3://acme-pulumi-state"), (At(dev, "spec", "stack"), At(dev, "spec", "projectRepo"), At(dev, "spec", "branch"), At(dev, "spec", "backend")));
        Assert.Equal(("false", "true", "true", "600"), (At(dev, "spec", "destroyOnFinalize"), At(dev, "spec", "refresh"), At(dev, "spec", "continueResyncOnCommitMatch"), At(dev, "spec", "resyncFrequencySeconds")));
        Assert.Equal(("dev", "dev"), (At(dev, "metadata", "labels", "fleetinfra.io/environment"), At(dev, "metadata", "annotations", "fleetinfra.io/stack")));
        Assert.False(Has((YamlMappingNode)dev["spec"], "preview"));
    }

    [Fact]
    public void Workspace_HasItsOwnServiceAccount_BoundToAuthDelegator()
    {
        Write("--stack", "dev", "--backend", "s3://acme-pulumi-state", "--namespace", "ops");
        var manifests = Manifests("dev");
        var (account, binding) = (manifests["ServiceAccount"], manifests["ClusterRoleBinding"]);

        Assert.Equal(["ServiceAccount", "ClusterRoleBinding", "Stack"], manifests.Keys);
        Assert.Equal(("fleetinfra-dev", "ops"), (At(account, "metadata", "name"), At(account, "metadata", "namespace")));
        Assert.Equal("fleetinfra-dev", At(manifests["Stack"], "spec", "serviceAccountName"));
        Assert.Equal(("rbac.authorization.k8s.io", "ClusterRole", "system:auth-delegator"), (At(binding, "roleRef", "apiGroup"), At(binding, "roleRef", "kind"), At(binding, "roleRef", "name")));
        Assert.Equal(("ServiceAccount", "fleetinfra-dev", "ops"), (At(binding, "subjects", "0", "kind"), At(binding, "subjects", "0", "name"), At(binding, "subjects", "0", "namespace")));
        Assert.Equal("ops.fleetinfra-dev.auth-delegator", At(binding, "metadata", "name"));
    }

    [Fact]
    public void Production_IsPreviewOnly_UnlessReconcileProductionIsGiven()
    {
        Write("--stack", "prod,dev", "--backend", "s3://acme-pulumi-state");
        var (previewOnly, dev) = (Stack("prod"), Stack("dev"));
        Write("--stack", "prod", "--backend", "s3://acme-pulumi-state", "--reconcile-production");
        var reconciled = Stack("prod");

        Assert.Equal("true", At(previewOnly, "spec", "preview"));
        Assert.False(Has((YamlMappingNode)dev["spec"], "preview"));
        Assert.False(Has((YamlMappingNode)reconciled["spec"], "preview"));
    }

    [Fact]
    public void Credentials_ComeThroughEnvRefsAndGitAuth_NotTheDeprecatedFields()
    {
        Write("--stack", "dev", "--backend", "s3://acme-pulumi-state");
        Write("--stack", "staging", "--organization", "acme");
        var (selfManaged, cloud) = (Stack("dev"), Stack("staging"));

        foreach (var stack in new[] { selfManaged, cloud })
        {
            var spec = (YamlMappingNode)stack["spec"];
            Assert.Empty(spec.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Intersect(["envSecrets", "envs", "accessTokenSecret", "gitAuthSecret"]));
            Assert.Equal(("Secret", "fleetinfra-git", "accessToken"), (At(spec, "gitAuth", "accessToken", "type"), At(spec, "gitAuth", "accessToken", "secret", "name"), At(spec, "gitAuth", "accessToken", "secret", "key")));
        }

        Assert.Equal(["PULUMI_CONFIG_PASSPHRASE"], ((YamlMappingNode)((YamlMappingNode)selfManaged["spec"])["envRefs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(("Secret", "fleetinfra-credentials", "PULUMI_CONFIG_PASSPHRASE"),
            (At(selfManaged, "spec", "envRefs", "PULUMI_CONFIG_PASSPHRASE", "type"), At(selfManaged, "spec", "envRefs", "PULUMI_CONFIG_PASSPHRASE", "secret", "name"), At(selfManaged, "spec", "envRefs", "PULUMI_CONFIG_PASSPHRASE", "secret", "key")));
        Assert.Equal(["PULUMI_ACCESS_TOKEN"], ((YamlMappingNode)((YamlMappingNode)cloud["spec"])["envRefs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(("acme/staging", "pulumi-access-token", "accessToken"),
            (At(cloud, "spec", "stack"), At(cloud, "spec", "envRefs", "PULUMI_ACCESS_TOKEN", "secret", "name"), At(cloud, "spec", "envRefs", "PULUMI_ACCESS_TOKEN", "secret", "key")));
    }

    [Fact]
    public void WorkspaceTemplate_PinsTheImageAndSetsResources()
    {
        Write("--stack", "dev", "--backend", "s3://acme-pulumi-state");
        var dev = Stack("dev");

        Assert.Matches(@"^pulumi/pulumi:\d+\.\d+\.\d+-nonroot$", At(dev, "spec", "workspaceTemplate", "spec", "image"));
        Assert.Equal("restricted", At(dev, "spec", "workspaceTemplate", "spec", "securityProfile"));
        Assert.Equal(("1", "2Gi", "4Gi"),
            (At(dev, "spec", "workspaceTemplate", "spec", "resources", "requests", "cpu"), At(dev, "spec", "workspaceTemplate", "spec", "resources", "requests", "memory"), At(dev, "spec", "workspaceTemplate", "spec", "resources", "limits", "memory")));
    }

    [Fact]
    public void LongStackNames_FitTheCrdsNameLimit_AndStayDistinct()
    {
        var first = "payments-europe-west-preview-blue-001";
        var second = "payments-europe-west-preview-blue-002";
        _project.WithStack(first, Dev).WithStack(second, Dev).WithStack("Team_A.dev", text => text.Replace("config:\n", "config:\n  fleet:environment: dev\n", StringComparison.Ordinal));

        var run = Write("--stack", $"{first},{second},Team_A.dev", "--backend", "s3://acme-pulumi-state");
        var names = new[] { first, second, "Team_A.dev" }.Select(s => At(Stack(s), "metadata", "name")).ToList();

        Assert.Equal(0, run.ExitCode);
        Assert.All(names, name => Assert.Matches(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", name));
        Assert.All(names, name => Assert.InRange(name.Length, 1, MaxStackObjectName));
        Assert.Equal(3, names.Distinct().Count());
        Assert.Equal((first, "Team_A.dev"), (At(Stack(first), "spec", "stack"), At(Stack("Team_A.dev"), "spec", "stack")));
    }

    [UpstreamCrdFact(UpstreamCrds.PulumiOperatorStack)]
    public void EveryStack_IsValidAgainstTheOperatorsStackCrd()
    {
        var longName = "payments-europe-west-preview-blue-001";
        _project.WithStack(longName, Dev);
        Write("--all", "--backend", "s3://acme-pulumi-state");
        WriteTo(_project.PathOf("cloud"), "--stack", "dev", "--organization", "acme");
        var stacks = Directory.GetFiles(Out).Append(_project.PathOf("cloud/dev.yaml"))
            .SelectMany(file => { var yaml = new YamlStream(); yaml.Load(new StringReader(File.ReadAllText(file))); return yaml.Documents; })
            .Select(d => UpstreamCrdSchema.ToJson(d.RootNode)!)
            .Where(o => (string?)o["kind"] == "Stack")
            .ToList();

        Assert.Equal(5, stacks.Count);
        Assert.All(stacks, stack => Assert.Empty(UpstreamCrdSchema.Problems(StackCrd.Value, stack)));
        Assert.All(stacks, stack => Assert.InRange(((string?)stack["metadata"]!["name"])!.Length, 1, MaxStackObjectName));
    }

    [UpstreamCrdFact(UpstreamCrds.PulumiOperatorStack)]
    public void CrdCheck_RejectsADeprecatedFieldsWrongTypeAndAnUnknownField()
    {
        Write("--stack", "dev", "--backend", "s3://acme-pulumi-state");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Out, "dev.yaml"))));
        var stack = yaml.Documents.Select(d => UpstreamCrdSchema.ToJson(d.RootNode)!).Single(o => (string?)o["kind"] == "Stack");
        var wrongType = stack.DeepClone();
        wrongType["spec"]!["envSecrets"] = "fleetinfra-credentials";
        var unknown = stack.DeepClone();
        unknown["spec"]!["workspaceTemplate"]!["spec"]!["imageTag"] = "3";

        Assert.Empty(UpstreamCrdSchema.Problems(StackCrd.Value, stack));
        Assert.NotEmpty(UpstreamCrdSchema.Problems(StackCrd.Value, wrongType));
        Assert.NotEmpty(UpstreamCrdSchema.Problems(StackCrd.Value, unknown));
    }

    [Fact]
    public void BackendAndOrganizationTogether_IsAUsageError()
    {
        var run = Write("--all", "--organization", "acme", "--backend", "s3://b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--organization is for Pulumi Cloud and --backend 's3://b' is a self-managed backend; give one of them", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void InvalidStack_WritesNothing()
    {
        _project.WithStack("broken", text => text.Replace("provider: eks", "provider: aks", StringComparison.Ordinal));

        var run = Write("--all");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not written: broken is invalid (see above)", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    private static string Dev(string text) => text;
}
