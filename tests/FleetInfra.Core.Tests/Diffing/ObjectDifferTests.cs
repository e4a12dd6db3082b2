using System.Collections.Immutable;
using FleetInfra.Core.Diffing;
using FleetInfra.Core.Diffing.Hazards;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Diffing;

/// <summary>
/// Rendered objects compared by identity: added, removed, changed, and replaced when a field Kubernetes refuses to
/// update changes (FI101). FleetInfra itself never renders such a change, so these files are written by hand.
/// </summary>
public sealed class ObjectDifferTests
{
    private const string Deployment = """
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app.kubernetes.io/name: web
          template:
            spec:
              containers:
              - name: app
                image: web:1

        """;

    private const string Service = """
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: web
        spec:
          clusterIP: 10.0.0.10
          ports:
          - name: http
            port: 80

        """;

    [Fact]
    public void SameText_IsNoChange()
    {
        Assert.Empty(ObjectDiffer.Compare(Cluster(Deployment + Service), Cluster(Deployment + Service)));
    }

    [Fact]
    public void AChangedMutableField_IsChangedInPlace()
    {
        var diff = Assert.Single(ObjectDiffer.Compare(Cluster(Deployment), Cluster(Deployment.Replace("replicas: 2", "replicas: 3"))));

        Assert.Equal((DiffChange.Changed, "Deployment web/web", "web"), (diff.Change, diff.ToString(), diff.App));
        Assert.Equal(new[] { new FieldChange("spec.replicas", "2", "3") }, diff.Fields);
        Assert.Empty(diff.ImmutableFields);
    }

    [Fact]
    public void ADeploymentSelectorOrAServiceClusterIp_ReplacesTheObject()
    {
        var after = Deployment.Replace("app.kubernetes.io/name: web", "app.kubernetes.io/name: site") + Service.Replace("10.0.0.10", "10.0.0.11");

        var diffs = ObjectDiffer.Compare(Cluster(Deployment + Service), Cluster(after));

        Assert.Equal(
            [("Deployment web/web", DiffChange.Replaced, "spec.selector"), ("Service web/web", DiffChange.Replaced, "spec.clusterIP")],
            diffs.Select(d => (d.ToString(), d.Change, string.Join(",", d.ImmutableFields))));
    }

    [Fact]
    public void ObjectsOnlyOnOneSide_AreAddedOrRemoved()
    {
        var diffs = ObjectDiffer.Compare(Cluster(Deployment), Cluster(Service));

        Assert.Equal([("Service web/web", DiffChange.Added), ("Deployment web/web", DiffChange.Removed)], diffs.Select(d => (d.ToString(), d.Change)));
    }

    [Fact]
    public void FI101_NamesTheObjectAndTheField_AtTheAppsIntent()
    {
        using var fleet = new TempFleet()
            .WithStack(TempFleet.Stack())
            .WithApps("web.yaml", "application:\n  web:\n    image: registry.example.com/web:1.0\n    ports:\n      - 8080: false\n");
        var side = DiffSide.Load(fleet.StackFile, "test", fleet.Root, out var diagnostics);
        Assert.True(side is not null, string.Join("\n", diagnostics));
        var objects = ObjectDiffer.Compare(Cluster(Deployment), Cluster(Deployment.Replace("app.kubernetes.io/name: web", "app.kubernetes.io/name: site")));
        var context = new HazardContext(side, side, [new ClusterChanges("eks-use1", side.Plan.Clusters[0], side.Plan.Clusters[0], objects)], ImmutableSortedDictionary<string, string>.Empty);

        var finding = Assert.Single(new ImmutableFieldHazard().Check(context));

        Assert.Equal(("eks-use1", "apps/web.yaml:2:3"), (finding.Cluster, finding.Location.ToString()));
        Assert.StartsWith("Deployment web/web on eks-use1 is replaced: Kubernetes refuses to change spec.selector of an existing Deployment, so it is deleted and created again", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARenamedApp_IsFoundByItsImageRepository_WhenItMovesToAnotherFile()
    {
        using var before = new TempFleet().WithStack(TempFleet.Stack()).WithApps("a.yaml", "application:\n  web:\n    image: registry.example.com/web:1.0\n");
        using var after = new TempFleet().WithStack(TempFleet.Stack()).WithApps("b.yaml", "# moved\napplication:\n  site:\n    image: registry.example.com/web:1.1\n");

        var renames = AppRenames.Between(DiffSide.Load(before.StackFile, "test", before.Root, out _)!, DiffSide.Load(after.StackFile, "test", after.Root, out _)!);

        Assert.Equal([new KeyValuePair<string, string>("web", "site")], renames);
    }

    [Fact]
    public void AChangeComparedOnceForClustersThatDifferInTheirNames_NamesEachCluster()
    {
        var differ = new ObjectDiffer();
        static byte[] File(string cluster, string image) => System.Text.Encoding.UTF8.GetBytes(Deployment.Replace("name: web\n  namespace", $"name: web\n  labels:\n    fleetinfra.io/cluster: {cluster}\n  namespace").Replace("web:1", image) + Service.Replace("name: http", $"name: http\n    host: web.{cluster}.example.com"));

        var first = differ.Compare("eks-0001", [("web", File("eks-0001", "web:1"), File("eks-0001", "web:2"))]);
        var second = differ.Compare("eks-0002", [("web", File("eks-0002", "web:1"), File("eks-0002", "web:2"))]);
        var renamed = differ.Compare("eks-0003", [("web", File("eks-0003", "web:1"), File("eks-0004", "web:2"))]);

        Assert.Equal(new[] { new FieldChange("spec.template.spec.containers[app].image", "web:1", "web:2") }, first.Single().Fields);
        Assert.Equal(first.Single().Fields.ToArray(), second.Single().Fields.ToArray());
        Assert.Contains(new FieldChange("metadata.labels[\"fleetinfra.io/cluster\"]", "eks-0003", "eks-0004"), renamed.Single(d => d.Kind == "Deployment").Fields);
    }

    [Theory]
    [InlineData("n")]
    [InlineData("name")]
    [InlineData("spec")]
    public void AClusterNamedLikeAKeyOrPartOfOne_IsComparedByItsObjects(string name)
    {
        const string App = "application:\n  web:\n    image: registry.example.com/web:1.0\n    cpu: 250m\n    ports:\n      - 8080: true\n";
        var stack = TempFleet.Stack(clusters: TempFleet.Renamed(TempFleet.EksCluster, name));
        using var before = new TempFleet().WithStack(stack).WithApps("web.yaml", App);
        using var after = new TempFleet().WithStack(stack).WithApps("web.yaml", App.Replace("250m", "500m", StringComparison.Ordinal));

        var diff = FleetDiffer.Compare(DiffSide.Load(before.StackFile, "test", before.Root, out _)!, DiffSide.Load(after.StackFile, "test", after.Root, out _)!, "base");

        var deployment = Assert.Single(Assert.Single(diff.Clusters).Objects);
        Assert.Equal(("Deployment web/web", DiffChange.Changed), (deployment.ToString(), deployment.Change));
        Assert.Equal(new[] { new FieldChange("spec.template.spec.containers[app].resources.requests.cpu", "250m", "500m") }, deployment.Fields.ToArray());
    }

    private static RenderedCluster Cluster(string yaml) => new("eks-use1", [("web.yaml", yaml)]);
}
