using FleetInfra.Core.Reporting;
using FleetInfra.Core.Reporting.Html;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Autoscaling;

/// <summary><c>fleet report --vpa-recommendations</c>: each app's requests beside its VPA target from <c>kubectl get vpa -A -o json</c>.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class VpaRecommendationsTests : IDisposable
{
    private const string KubectlOutput = """
        {"apiVersion":"v1","kind":"List","items":[
          {"apiVersion":"autoscaling.k8s.io/v1","kind":"VerticalPodAutoscaler","metadata":{"name":"api","namespace":"api"},
           "status":{"recommendation":{"containerRecommendations":[
             {"containerName":"sidecar","target":{"cpu":"5m","memory":"10Mi"}},
             {"containerName":"app","target":{"cpu":"187m","memory":"262144k"}}]}}},
          {"apiVersion":"autoscaling.k8s.io/v1","kind":"VerticalPodAutoscaler","metadata":{"name":"worker","namespace":"worker"},"status":{}},
          {"apiVersion":"autoscaling.k8s.io/v1","kind":"VerticalPodAutoscaler","metadata":{"name":"other","namespace":"elsewhere"},
           "status":{"recommendation":{"containerRecommendations":[{"containerName":"app","target":{"cpu":"1"}}]}}}
        ]}
        """;

    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          api:
            image: r.example.com/api:1
            cpu: 500m
            memory: 512MB
            vertical_scaling: recommend
          worker:
            image: r.example.com/worker:1
            vertical_scaling: recommend
          plain:
            image: r.example.com/plain:1
        """).WithStack(TempFleet.Stack());

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void Rows_SetEachAppsRequestsBesideItsContainersTarget()
    {
        var targets = VpaRecommendations.Parse(KubectlOutput, out var problem);

        Assert.Null(problem);
        Assert.Equal(
            [new RightSizingRow("api", "500m", "512Mi", "187m", "262144k"), new RightSizingRow("worker", "250m", "256Mi", null, null)],
            VpaRecommendations.Rows(_fleet.Plan(), targets).ToArray());
    }

    [Fact]
    public void Report_ShowsTheRightSizingTable_OnlyWhenGivenRecommendations()
    {
        var plan = _fleet.Plan();
        var rows = VpaRecommendations.Rows(plan, VpaRecommendations.Parse(KubectlOutput, out _));

        Assert.DoesNotContain("right-sizing", FleetReport.Render(plan, CostEstimator.Estimate(plan)), StringComparison.Ordinal);
        Assert.Contains("<tr data-app=\"api\"><td>api</td><td>500m</td><td>187m</td><td>512Mi</td><td>262144k</td></tr>", FleetReport.Render(plan, CostEstimator.Estimate(plan), rows), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "is not JSON")]
    [InlineData("{\"kind\":\"VerticalPodAutoscaler\"}", "has no 'items' list; write it with kubectl get vpa -A -o json")]
    public void NotTheKubectlList_IsAProblem(string json, string expected)
    {
        VpaRecommendations.Parse(json, out var problem);

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }
}
