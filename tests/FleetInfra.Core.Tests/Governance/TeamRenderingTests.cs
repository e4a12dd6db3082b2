using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Governance;

/// <summary>What fleet:teams and allow_from put in each app's namespace, on both providers.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class TeamRenderingTests : IDisposable
{
    private const string Teams = """
          fleet:teams:
            - name: shop
              apps: [web, cart]
              members:
                eksRoleArns: [arn:aws:iam::123456789012:role/shop-developers]
                googleGroups: [shop-developers@example.com]
                googleUsers: [ana@example.com]
              budget: { cpu: "3", memory: 3Gi, pods: 10 }
            - name: core
              apps: [api]
              members:
                eksRoleArns: [arn:aws:iam::123456789012:role/core-developers]
              viewOtherApps: true
        """;

    private const string Apps = """
        application:
          web:
            image: registry.example.com/acme/web:1.0.0
            cpu: 500m
            memory: 512Mi
            ports: [ {8080: true} ]
            healthchecks: { readiness_probe: { type: { http: { port: 8080, path: /ready } } } }
          cart:
            image: registry.example.com/acme/cart:1.0.0
            cpu: 250m
            memory: 256Mi
            ports: [ {9000: false} ]
          api:
            image: registry.example.com/acme/api:1.0.0
            ports: [ {7000: false} ]
            allow_from: [web]
        """;

    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", Apps);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void OwnerTeam_GetsEditInItsNamespaces_AndViewingTeamsGetView_ThroughTheEksGroup()
    {
        _fleet.WithStack(TempFleet.Stack(Teams));

        var objects = _fleet.Objects("eks-use1", "web");
        Assert.Equal(
            ["Namespace", "LimitRange", "ResourceQuota", "Role", "RoleBinding", "Role", "RoleBinding", "NetworkPolicy", "NetworkPolicy", "ServiceAccount", "Deployment", "Service", "Ingress"],
            objects.Select(o => o.Kind));
        var bindings = objects.OfType<V1RoleBinding>().ToDictionary(b => b.Metadata.Name);
        Assert.Equal(["team-core-view", "team-shop-edit"], bindings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((RbacManifests.EditRoleName, "Group", "fleetinfra:team:shop"), Bound(bindings["team-shop-edit"]));
        Assert.Equal((RbacManifests.ViewRoleName, "Group", "fleetinfra:team:core"), Bound(bindings["team-core-view"]));
        var view = objects.OfType<V1Role>().Single(r => r.Metadata.Name == RbacManifests.ViewRoleName);
        Assert.DoesNotContain(view.Rules, rule => rule.Resources.Contains("secrets"));
        Assert.All(view.Rules, rule => Assert.Empty(rule.Verbs.Except(["get", "list", "watch"])));

        // core's own namespace: no one else views it, so only core's edit binding.
        Assert.Equal(["team-core-edit"], _fleet.Objects("eks-use1", "api").OfType<V1RoleBinding>().Select(b => b.Metadata.Name));
    }

    [Fact]
    public void OnGke_BindingsNameTheGoogleGroupsAndUsers_AndATeamWithoutGoogleIdentitiesGetsNone()
    {
        _fleet.WithStack(TempFleet.Stack(Teams));

        var objects = _fleet.Objects("gke-euw1", "web");
        var edit = Assert.Single(objects.OfType<V1RoleBinding>());
        Assert.Equal("team-shop-edit", edit.Metadata.Name);
        Assert.Equal(["Group shop-developers@example.com", "User ana@example.com"], edit.Subjects.Select(s => $"{s.Kind} {s.Name}"));
        Assert.DoesNotContain(objects.OfType<V1Role>(), r => r.Metadata.Name == RbacManifests.ViewRoleName);
        Assert.Empty(_fleet.Objects("gke-euw1", "api").OfType<V1RoleBinding>());
    }

    [Fact]
    public void ResourceQuota_SplitsTheTeamBudgetByPeakDemand_AndForbidsLoadBalancerServices()
    {
        _fleet.WithStack(TempFleet.Stack(Teams));

        // Peaks: web 500m x 2 pods = 1 core and 1Gi; cart 250m x 2 = 500m and 512Mi. The budget (3 cores, 3Gi, 10 pods)
        // is split 2:1, so web gets 2 cores, 2Gi and 5 pods, cart 1 core, 1Gi and 5 pods.
        Assert.Equal(
            "limits.memory=2Gi pods=5 requests.cpu=2 requests.memory=2Gi services.loadbalancers=0",
            Hard(_fleet.Single<V1ResourceQuota>("eks-use1", "web")));
        Assert.Equal(
            "limits.memory=1Gi pods=5 requests.cpu=1 requests.memory=1Gi services.loadbalancers=0",
            Hard(_fleet.Single<V1ResourceQuota>("eks-use1", "cart")));

        // core has no budget: its namespace's quota is its own peak, 250m x 2 pods.
        Assert.Equal(
            "limits.memory=512Mi pods=2 requests.cpu=500m requests.memory=512Mi services.loadbalancers=0",
            Hard(_fleet.Single<V1ResourceQuota>("eks-use1", "api")));
    }

    [Fact]
    public void LimitRange_DefaultsAreTheIntentDefaults_WithAMemoryLimitAndNoCpuLimit()
    {
        _fleet.WithStack(TempFleet.Stack(Teams));

        var limits = Assert.Single(_fleet.Single<V1LimitRange>("gke-euw1", "api").Spec.Limits);
        Assert.Equal("Container", limits.Type);
        Assert.Equal("cpu=250m memory=256Mi", string.Join(' ', limits.DefaultRequest.Select(kv => $"{kv.Key}={kv.Value}")));
        Assert.Equal("memory=256Mi", string.Join(' ', limits.DefaultProperty.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    [Fact]
    public void PrivatePorts_AreReachableFromTheAppItsTeamAndItsAllowFrom_Only()
    {
        _fleet.WithStack(TempFleet.Stack(Teams));

        Assert.Equal(["api", "web"], PeersOf("api"));
        Assert.Equal(["cart", "web"], PeersOf("cart"));
    }

    [Fact]
    public void WithoutTeams_NoRbacOrQuotaIsRendered_AndPrivatePortsOpenOnlyToAllowFrom()
    {
        _fleet.WithStack(TempFleet.Stack());

        Assert.DoesNotContain(_fleet.Objects("eks-use1", "api"), o => o.Kind is "Role" or "RoleBinding" or "ResourceQuota" or "LimitRange");
        Assert.Equal(["api", "web"], PeersOf("api"));
        Assert.Equal(["cart"], PeersOf("cart"));
    }

    [Fact]
    public void PublicAppHealthCheckedOnAPrivatePort_OpensThatPortToItsPeersAndTheVpc_NotToEverySource()
    {
        _fleet.WithStack(TempFleet.Stack()).WithApps("a.yaml", """
            application:
              gateway:
                image: registry.example.com/acme/gateway:1.0.0
                ports: [ {8080: true}, {9901: false}, {9000: false} ]
                healthchecks: { readiness_probe: { type: { http: { port: 9901, path: /ready } } } }
            """);

        var policy = _fleet.Objects("eks-use1", "gateway").OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == "gateway");
        Assert.Null(policy.Spec.Ingress[0].FromProperty);
        Assert.Equal(["8080"], policy.Spec.Ingress[0].Ports.Select(p => p.Port.Value));
        Assert.Equal(["9000", "9901"], policy.Spec.Ingress[1].Ports.Select(p => p.Port.Value));
        Assert.Equal("10.0.0.0/16", Assert.Single(policy.Spec.Ingress[2].FromProperty).IpBlock.Cidr);
        Assert.Equal(["9901"], policy.Spec.Ingress[2].Ports.Select(p => p.Port.Value));
    }

    private static (string Role, string Kind, string Name) Bound(V1RoleBinding binding) =>
        (binding.RoleRef.Name, Assert.Single(binding.Subjects).Kind, binding.Subjects[0].Name);

    private static string Hard(V1ResourceQuota quota) => string.Join(' ', quota.Spec.Hard.Select(kv => $"{kv.Key}={kv.Value}"));

    private string[] PeersOf(string app)
    {
        var policy = _fleet.Objects("eks-use1", app).OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == app);
        var rule = policy.Spec.Ingress.Single(r => r.FromProperty is not null);
        return [.. rule.FromProperty.Select(peer => peer.PodSelector.MatchLabels[ManifestLabels.Name])];
    }
}
