using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Program;

namespace FleetInfra.Components.Tests.Infra;

public sealed class PulumiStackConfigTests
{
    public static TheoryData<string> Stacks => [.. StackPlans.Stacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Load_ConfigAsPulumiPassesIt_PlansAndRendersTheSameFleetAsTheStackFile(string stack)
    {
        var fromFile = FleetLoader.Load(StackPlans.StackFile(stack));
        var values = PulumiCliConfig.Namespace(StackPlans.StackFile(stack), "fleet");

        var fromPulumi = FleetProgram.Load(stack, values, StackPlans.RepositoryRoot);

        Assert.Empty(fromPulumi.Diagnostics);
        Assert.Equal((fromFile.Plan!.Environment, fromFile.Plan.Protect), (fromPulumi.Plan!.Environment, fromPulumi.Plan.Protect));
        Assert.Equal(RenderedFiles(fromFile.Plan), RenderedFiles(fromPulumi.Plan));
    }

    [Fact]
    public void Load_InvalidValues_ReportsEveryProblemWithItsConfigKey()
    {
        var values = new Dictionary<string, string>(PulumiCliConfig.Namespace(StackPlans.StackFile("dev"), "fleet"))
        {
            ["partOf"] = "Fleet Infra",
            ["environment"] = "Prod_EU",
        };

        var result = FleetProgram.Load("dev", values, StackPlans.RepositoryRoot);

        Assert.Null(result.Plan);
        Assert.Equal(
            [
                "pulumi config (stack dev):6:22: fleet:environment: 'Prod_EU' is not a valid environment name (it becomes a label value); set fleet:environment to 'prod-eu'",
                "pulumi config (stack dev):9:17: fleet:partOf: 'Fleet Infra' is not a valid label value; use 'fleet-infra'",
            ],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    private static IEnumerable<string> RenderedFiles(FleetPlan plan) =>
        FleetRenderer.Render(plan).SelectMany(c => c.Files.Select(f => $"{c.Name}/{f.RelativePath}\n{f.Yaml}"));
}
