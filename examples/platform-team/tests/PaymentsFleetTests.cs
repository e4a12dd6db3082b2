using FleetInfra.Core.Config;

namespace PlatformTeam.Tests;

/// <summary>The fleet written in code, planned by FleetInfra.Core: no Pulumi involved.</summary>
public sealed class PaymentsFleetTests
{
    [Fact]
    public void Plan_Staging_HasTheTeamsClusterWithBothApps()
    {
        var plan = PaymentsFleet.Plan("staging");

        var cluster = Assert.Single(plan.Clusters);
        Assert.Equal(("payments-use1", CloudProvider.Eks), (cluster.Name, cluster.Provider));
        Assert.Same(PaymentsFleet.Cluster, cluster.Cluster);
        Assert.Equal(["checkout", "ledger"], cluster.Apps.Select(a => a.Name));
        Assert.Equal(("staging", "payments"), (cluster.Environment, cluster.PartOf));
        Assert.False(plan.Protect);
    }

    [Fact]
    public void Plan_PublicApp_IsServedAtItsHostUnderTheTeamsDomain()
    {
        var apps = PaymentsFleet.Plan("staging").Clusters[0].Apps;

        var checkout = apps.Single(a => a.Name == "checkout");
        Assert.Equal(["checkout.payments-use1.payments.example.com"], checkout.Routes.Select(r => r.Host));
        Assert.False(apps.Single(a => a.Name == "ledger").IsPublic);
    }

    [Fact]
    public void Plan_Prod_ProtectsTheCluster()
    {
        Assert.True(PaymentsFleet.Plan("prod").Protect);
    }
}
