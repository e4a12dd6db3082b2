using System.Collections.Immutable;
using K = FleetInfra.Components.Tests.Transitions.KubernetesKinds;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>The transition engine on hand-made snapshots: diff, step order and world, without the program.</summary>
public sealed class TransitionEngineTests
{
    private const string Stack = "test";

    [Fact]
    public void Diff_ClassifiesByReplaceOnChangeInputs()
    {
        var before = Snapshot(Resource(K.Certificate, "cert", ("domainName", "a.example.com"), ("tags", "x")), Resource("aws:iam/role:Role", "role", ("description", "old")));
        var after = Snapshot(Resource(K.Certificate, "cert", ("domainName", "b.example.com"), ("tags", "x")), Resource("aws:iam/role:Role", "role", ("description", "new")));

        var changes = ResourceDiff.Between(before, after);

        Assert.Equal(["replace aws:acm/certificate:Certificate cert (domainName)", "update aws:iam/role:Role role (description)"], changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Diff_AnInputComputedFromAReplacedResource_Changes_AndIgnoredPathsDoNot()
    {
        var certificate = Resource(K.Certificate, "cert", ("domainName", "a.example.com"));
        var validation = Resource(K.CertificateValidation, "validation", ("certificateArn", "arn")) with
        {
            PropertyDependencies = ImmutableDictionary<string, ImmutableHashSet<string>>.Empty.Add("certificateArn", [certificate.Key]),
            Dependencies = [certificate.Key],
        };
        var pool = Resource("gcp:container/nodePool:NodePool", "pool", ("initialNodeCount", 1)) with { IgnoreChanges = ["initialNodeCount"] };

        var changes = ResourceDiff.Between(
            Snapshot(certificate, validation, pool),
            Snapshot(certificate with { Inputs = Inputs(("domainName", "b.example.com")) }, validation, pool with { Inputs = Inputs(("initialNodeCount", 3)) }));

        Assert.Equal(
            ["replace aws:acm/certificate:Certificate cert (domainName)", "replace aws:acm/certificateValidation:CertificateValidation validation (certificateArn)", "same gcp:container/nodePool:NodePool pool"],
            changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Diff_AnAliasMatchesTheOldName()
    {
        var old = Resource(K.Route53Record, "record-1", ("name", "x"));
        var renamed = Resource(K.Route53Record, "record-x", ("name", "x")) with { Aliases = [old.Key] };

        Assert.Equal([ChangeKind.Same], ResourceDiff.Between(Snapshot(old), Snapshot(renamed)).Select(c => c.Kind));
    }

    [Fact]
    public void Diff_ATypeWithoutKnownReplaceInputs_IsAnError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResourceDiff.Between(
            Snapshot(Resource("aws:s3/bucket:Bucket", "b", ("bucket", "x"))), Snapshot(Resource("aws:s3/bucket:Bucket", "b", ("bucket", "y")))));

        Assert.StartsWith("aws:s3/bucket:Bucket: no replace-on-change inputs known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_CreatesAfterDependencies_ReplacementsBeforeDeletes_DeletesDependentsFirst()
    {
        var zone = Resource("aws:iam/role:Role", "role");
        var certificate = Resource(K.Certificate, "cert", ("domainName", "a.example.com"));
        var user = Resource("aws:iam/policy:Policy", "user") with { Dependencies = [certificate.Key] };
        var gone = Resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "gone") with { Dependencies = [zone.Key] };
        var before = Snapshot(zone, certificate, user, gone);
        var after = Snapshot(zone, certificate with { Inputs = Inputs(("domainName", "b.example.com")) }, user with { Inputs = Inputs(("description", "new")) });

        var steps = StepOrder.Of(ResourceDiff.Between(before, after), before, after);

        Assert.Equal(
            ["CreateReplacement aws:acm/certificate:Certificate cert", "Update aws:iam/policy:Policy user", "Delete aws:iam/rolePolicyAttachment:RolePolicyAttachment gone", "DeleteReplaced aws:acm/certificate:Certificate cert"],
            steps.Select(s => s.ToString()));
    }

    [Fact]
    public void Order_AmongIndependentSteps_TheLaterRegisteredGoesFirst()
    {
        var first = Resource("aws:iam/role:Role", "first");
        var second = Resource("aws:iam/role:Role", "second");

        var steps = StepOrder.Of(ResourceDiff.Between(ResourceSnapshot.Empty, Snapshot(first, second)), ResourceSnapshot.Empty, Snapshot(first, second));

        Assert.Equal(["second", "first"], steps.Select(s => s.Resource.Name));
    }

    [Fact]
    public void World_DeletingARecordDeletesItByName_EvenWhenAnotherResourceWroteIt()
    {
        var one = Resource(K.Route53Record, "one", ("zoneId", "Z1"), ("name", "_x.example.com"));
        var two = Resource(K.Route53Record, "two", ("zoneId", "Z1"), ("name", "_x.example.com"));
        var world = World.Empty.Apply(new Step(StepKind.Create, one)).Apply(new Step(StepKind.Create, two));

        var after = world.Apply(new Step(StepKind.Delete, one));

        Assert.Empty(after.Records);
        Assert.Equal(
            ["deleting test::aws:route53/record:Record::one#1 deletes route53:Z1:_x.example.com, which test::aws:route53/record:Record::two#1 still needs"],
            Invariants().Check(world, new Step(StepKind.Delete, one), after));
    }

    [Fact]
    public void World_AReplacementIsANewGeneration_AndTheDeleteRemovesTheOldOne()
    {
        var certificate = Resource(K.Certificate, "cert", ("domainName", "a.example.com"));
        var world = World.Empty.Apply(new Step(StepKind.Create, certificate)).Apply(new Step(StepKind.CreateReplacement, certificate));

        var after = world.Apply(new Step(StepKind.DeleteReplaced, certificate));

        Assert.Equal([$"{certificate.Key}#2"], after.Live.Select(i => i.Id));
    }

    [Fact]
    public void World_ExternalDnsWithSync_RemovesTheRecordsOfDeletedIngresses_AndLeavesThemWhenItIsGoneFirst()
    {
        var provider = SnapshotResource.KeyOf(Stack, "pulumi:providers:kubernetes", "c-k8s");
        var externalDns = Resource(K.HelmRelease, "external-dns", ("chart", "external-dns"),
            ("values", Inputs(("policy", "sync"), ("txtOwnerId", "test-c"), ("domainFilters", ImmutableArray.Create<object>("example.com"))))) with { ProviderKey = provider };
        var ingress = Resource(K.Ingress, "ingress", ("spec", Inputs(("rules", ImmutableArray.Create<object>(Inputs(("host", "app.example.com"))))))) with { ProviderKey = provider };
        var world = World.Empty.Apply(new Step(StepKind.Create, externalDns)).Apply(new Step(StepKind.Create, ingress));
        Assert.Equal(["route53-external:app.example.com"], world.Records.Keys);

        Assert.Empty(world.Apply(new Step(StepKind.Delete, ingress)).Records);
        var orphaned = world.Apply(new Step(StepKind.Delete, externalDns)).Apply(new Step(StepKind.Delete, ingress));
        Assert.Equal(["the record of app.example.com is left behind (its ExternalDNS was gone before its Ingress)"], Transitions.Invariants.NoRecordsLeftBehind(orphaned));
    }

    [Fact]
    public void Invariants_AnHpaAndAScaledObjectOfOneWorkload_AreTwoAutoscalers_UnlessTheScaledObjectTakesTheHpaOver()
    {
        var hpa = Resource(K.HorizontalPodAutoscaler, "hpa", ("metadata", Inputs(("name", "app"), ("namespace", "app"))), ("spec", Inputs(("scaleTargetRef", Inputs(("name", "app"))))));
        var plain = Resource(K.ScaledObject, "so", ("metadata", Inputs(("name", "app"), ("namespace", "app"))), ("spec", Inputs(("scaleTargetRef", Inputs(("name", "app"))))));
        var takingOver = plain with
        {
            Inputs = Inputs(
                ("metadata", Inputs(("name", "app"), ("namespace", "app"), ("annotations", Inputs((K.TransferHpaOwnership, "true"))))),
                ("spec", Inputs(("scaleTargetRef", Inputs(("name", "app"))), ("advanced", Inputs(("horizontalPodAutoscalerConfig", Inputs(("name", "app"))))))))
        };
        var world = World.Empty.Apply(new Step(StepKind.Create, hpa));

        Assert.Contains("app/app is scaled by hpa and so", Invariants().Check(world, new Step(StepKind.Create, plain), world.Apply(new Step(StepKind.Create, plain))));
        Assert.DoesNotContain(Invariants().Check(world, new Step(StepKind.Create, takingOver), world.Apply(new Step(StepKind.Create, takingOver))), v => v.Contains("scaled by", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*.example.com", "app.example.com", true)]
    [InlineData("*.example.com", "a.b.example.com", false)]
    [InlineData("app.example.com", "app.example.com", true)]
    [InlineData("*.example.com", "example.com", false)]
    public void Covers_MatchesAWildcardOneLabelDeep(string name, string host, bool covers) =>
        Assert.Equal(covers, Transitions.Invariants.Covers(name, host));

    private static Invariants Invariants() => new([], []);

    private static ResourceSnapshot Snapshot(params SnapshotResource[] resources) => new([.. resources]);

    private static SnapshotResource Resource(string type, string name, params (string Key, object Value)[] inputs) =>
        SnapshotResource.Of(Stack, type, name, Inputs(inputs));

    private static ImmutableDictionary<string, object> Inputs(params (string Key, object Value)[] inputs) =>
        inputs.ToImmutableDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
