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
        var certificate = Resource(K.Certificate, "cert", ("domainName", "a.example.com")) with { IdentityOutputs = ["arn:cert"] };
        var validation = Resource(K.CertificateValidation, "validation", ("certificateArn", "arn:cert")) with
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
        var after = Snapshot(zone, certificate with { Inputs = Inputs(("domainName", "b.example.com")) }, user with { Inputs = Inputs(("policy", "{}")) });

        var steps = StepOrder.Of(ResourceDiff.Between(before, after), before, after);

        Assert.Equal(
            ["CreateReplacement aws:acm/certificate:Certificate cert", "Update aws:iam/policy:Policy user", "DeleteReplaced aws:acm/certificate:Certificate cert", "Delete aws:iam/rolePolicyAttachment:RolePolicyAttachment gone"],
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
            NoRequiredHosts().Check(world, new Step(StepKind.Delete, one), after));
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

        Assert.Contains("app/app is scaled by hpa and so", NoRequiredHosts().Check(world, new Step(StepKind.Create, plain), world.Apply(new Step(StepKind.Create, plain))));
        Assert.DoesNotContain(NoRequiredHosts().Check(world, new Step(StepKind.Create, takingOver), world.Apply(new Step(StepKind.Create, takingOver))), v => v.Contains("scaled by", StringComparison.Ordinal));
    }

    [Fact]
    public void Invariants_AKubernetesNameALiveObjectHolds_CannotBeCreated_WhetherPulumiOrKedaHoldsIt()
    {
        var hpa = Hpa("app");
        var scaledObject = ScaledObjectOwning("app");
        var create = new Step(StepKind.Create, hpa);
        IEnumerable<string> Collisions(World world, Step step) =>
            NoRequiredHosts().Check(world, step, world.Apply(step)).Where(v => v.StartsWith("cannot create", StringComparison.Ordinal));

        var kedaHeld = World.Empty.Apply(new Step(StepKind.Create, scaledObject));
        Assert.Equal(
            [$"cannot create hpa-app: autoscaling/HorizontalPodAutoscaler app/app on {Cluster("c")} already exists (held by KEDA for {scaledObject.Key}#1)"],
            Collisions(kedaHeld, create));
        Assert.Empty(Collisions(kedaHeld.Apply(new Step(StepKind.Delete, scaledObject)), create));
        Assert.Empty(Collisions(kedaHeld, new Step(StepKind.Create, hpa with { ProviderKey = Cluster("d") })));
        Assert.Equal(
            [$"cannot create hpa-app: autoscaling/HorizontalPodAutoscaler app/app on {Cluster("c")} already exists (held by {hpa.Key}#1)"],
            Collisions(World.Empty.Apply(create), create));

        // Without a configured name KEDA's HPA is keda-hpa-<ScaledObject>.
        var defaultNamed = World.Empty.Apply(new Step(StepKind.Create, ScaledObjectOwning(null)));
        Assert.Empty(Collisions(defaultNamed, create));
        Assert.Single(Collisions(defaultNamed, new Step(StepKind.Create, Hpa("keda-hpa-app"))));
    }

    [Fact]
    public void World_AScheduleTurnedOn_KedaAdoptsTheHpa_AndKeepsItsNameWhenPulumiDeletesIt()
    {
        var hpa = Hpa("app");
        var scaledObject = ScaledObjectOwning("app");
        var adopted = World.Empty.Apply(new Step(StepKind.Create, hpa)).Apply(new Step(StepKind.Create, scaledObject));
        var name = World.UniqueName(hpa)!;

        Assert.Equal([$"{hpa.Key}#1", $"KEDA for {scaledObject.Key}#1"], adopted.HoldersOf(name));
        Assert.Equal([$"KEDA for {scaledObject.Key}#1"], adopted.Apply(new Step(StepKind.Delete, hpa)).HoldersOf(name));
    }

    [Theory]
    [InlineData(false, "ACM cannot delete test::aws:acm/certificate:Certificate::cert#1: the ALB of test::pulumi:providers:kubernetes::c-k8s still uses it (ResourceInUseException)")]
    [InlineData(true, null)]
    public void Invariants_ACertificateTheControllerDiscovers_CannotBeDeleted_ButOneItWasToldToReplaceCan(bool explicitArn, string? violation)
    {
        var provider = SnapshotResource.KeyOf(Stack, "pulumi:providers:kubernetes", "c-k8s");
        var certificate = Resource(K.Certificate, "cert", ("domainName", "*.example.com"));
        var validation = Resource(K.CertificateValidation, "validation") with
        {
            PropertyDependencies = ImmutableDictionary<string, ImmutableHashSet<string>>.Empty.Add("certificateArn", [certificate.Key]),
        };
        var values = explicitArn
            ? Inputs(("ingressClassParams", Inputs(("spec", Inputs(("certificateArn", ImmutableArray.Create<object>("arn")))))))
            : Inputs();
        var controller = Resource(K.HelmRelease, "controller", ("name", "aws-load-balancer-controller"), ("values", values)) with
        {
            ProviderKey = provider,
            PropertyDependencies = explicitArn ? ImmutableDictionary<string, ImmutableHashSet<string>>.Empty.Add("values", [validation.Key]) : ImmutableDictionary<string, ImmutableHashSet<string>>.Empty,
        };
        var ingress = Resource(K.Ingress, "ingress", ("spec", Inputs(
            ("ingressClassName", "alb"),
            ("rules", ImmutableArray.Create<object>(Inputs(("host", "app.example.com")))),
            ("tls", ImmutableArray.Create<object>(Inputs(("hosts", ImmutableArray.Create<object>("app.example.com")))))))) with { ProviderKey = provider };
        var world = new[]
        {
            new Step(StepKind.Create, certificate), new Step(StepKind.Create, validation), new Step(StepKind.Create, controller), new Step(StepKind.Create, ingress),
            new Step(StepKind.CreateReplacement, certificate), new Step(StepKind.CreateReplacement, validation), new Step(StepKind.Update, controller),
        }.Aggregate(World.Empty, (current, step) => current.Apply(step));
        var delete = new Step(StepKind.DeleteReplaced, certificate);

        var violations = new Invariants([], ["app.example.com"]).Check(world, delete, world.Apply(delete));

        Assert.Equal(violation is null ? [] : [violation], violations);
    }

    [Fact]
    public void Invariants_KedaOnPrivateGkeNodes_NeedsTheControlPlaneFirewallRule()
    {
        var provider = SnapshotResource.KeyOf(Stack, "pulumi:providers:kubernetes", "c-k8s");
        var cluster = Resource("gcp:container/cluster:Cluster", "c-cluster", ("privateClusterConfig", Inputs(("enablePrivateNodes", true), ("masterIpv4CidrBlock", "172.16.0.0/28"))));
        var keda = Resource(K.HelmRelease, "c-keda", ("chart", "keda")) with { ProviderKey = provider };
        var firewall = Resource(K.Firewall, "c-master-keda", ("sourceRanges", ImmutableArray.Create<object>("172.16.0.0/28")),
            ("allows", ImmutableArray.Create<object>(Inputs(("protocol", "tcp"), ("ports", ImmutableArray.Create<object>("6443", "9443"))))));
        var world = World.Empty.Apply(new Step(StepKind.Create, cluster));
        var step = new Step(StepKind.Create, keda);

        Assert.Equal(
            ["the control plane of c cannot reach KEDA on port 6443 of its private nodes", "the control plane of c cannot reach KEDA on port 9443 of its private nodes"],
            NoRequiredHosts().Check(world, step, world.Apply(step)));
        var open = world.Apply(new Step(StepKind.Create, firewall));
        Assert.Empty(NoRequiredHosts().Check(open, step, open.Apply(step)));
    }

    [Fact]
    public void Invariants_AReleaseInstalledWithTheController_WaitsForItUnlessItsServiceWebhookIsOff()
    {
        var provider = SnapshotResource.KeyOf(Stack, "pulumi:providers:kubernetes", "c-k8s");
        var controller = Resource(K.HelmRelease, "controller", ("name", "aws-load-balancer-controller"), ("values", Inputs())) with { ProviderKey = provider };
        var metrics = Resource(K.HelmRelease, "metrics", ("name", "metrics-server")) with { ProviderKey = provider };
        var after = Snapshot(controller, metrics);
        var steps = StepOrder.Of(ResourceDiff.Between(ResourceSnapshot.Empty, after), ResourceSnapshot.Empty, after);

        Assert.Equal(
            ["metrics creates Services while the Service webhook of controller may not serve yet"],
            Transitions.Invariants.ReleasesDoNotRaceTheControllerWebhook(steps, after));
        var off = controller with { Inputs = Inputs(("name", "aws-load-balancer-controller"), ("values", Inputs(("enableServiceMutatorWebhook", false)))) };
        var waiting = metrics with { Dependencies = [controller.Key] };
        Assert.Empty(Transitions.Invariants.ReleasesDoNotRaceTheControllerWebhook([.. steps.Select(s => s with { Resource = s.Resource.Name == "controller" ? off : s.Resource })], after));
        var ordered = Snapshot(controller, waiting);
        Assert.Empty(Transitions.Invariants.ReleasesDoNotRaceTheControllerWebhook(StepOrder.Of(ResourceDiff.Between(ResourceSnapshot.Empty, ordered), ResourceSnapshot.Empty, ordered), ordered));
    }

    [Theory]
    [InlineData("*.example.com", "app.example.com", true)]
    [InlineData("*.example.com", "a.b.example.com", false)]
    [InlineData("app.example.com", "app.example.com", true)]
    [InlineData("*.example.com", "example.com", false)]
    public void Covers_MatchesAWildcardOneLabelDeep(string name, string host, bool covers) =>
        Assert.Equal(covers, Transitions.Invariants.Covers(name, host));

    private static Invariants NoRequiredHosts() => new([], []);

    private static string Cluster(string name) => SnapshotResource.KeyOf(Stack, "pulumi:providers:kubernetes", $"{name}-k8s");

    private static SnapshotResource Hpa(string name) =>
        Resource(K.HorizontalPodAutoscaler, $"hpa-{name}", ("metadata", Inputs(("name", name), ("namespace", "app")))) with { ProviderKey = Cluster("c") };

    /// <summary>The ScaledObject <c>app/app</c>, naming its HPA <paramref name="hpaName"/> (null: KEDA's default name).</summary>
    private static SnapshotResource ScaledObjectOwning(string? hpaName) =>
        Resource(K.ScaledObject, "so", ("metadata", Inputs(("name", "app"), ("namespace", "app"))),
            ("spec", hpaName is null ? Inputs() : Inputs(("advanced", Inputs(("horizontalPodAutoscalerConfig", Inputs(("name", hpaName)))))))) with { ProviderKey = Cluster("c") };

    private static ResourceSnapshot Snapshot(params SnapshotResource[] resources) => new([.. resources]);

    private static SnapshotResource Resource(string type, string name, params (string Key, object Value)[] inputs) =>
        SnapshotResource.Of(Stack, type, name, Inputs(inputs));

    private static ImmutableDictionary<string, object> Inputs(params (string Key, object Value)[] inputs) =>
        inputs.ToImmutableDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
