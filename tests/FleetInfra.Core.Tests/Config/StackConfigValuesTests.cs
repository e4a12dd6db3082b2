using FleetInfra.Core.Config;

namespace FleetInfra.Core.Tests.Config;

public sealed class StackConfigValuesTests
{
    [Fact]
    public void ToStackYaml_WritesOneLinePerKey_JsonAsFlowYaml_TextQuoted_BooleansPlain()
    {
        var values = new Dictionary<string, string>
        {
            ["protect"] = "true",
            ["imageTag"] = "2026.11.25",
            ["clusters"] = """[{"name":"eks-use1","minSize":2,"spot":false,"kubernetesVersion":"1.33"}]""",
            ["appOverrides"] = """{"web":{"cpu":"500m"}}""",
        };

        var yaml = StackConfigValues.ToStackYaml(values);

        Assert.Equal(
            """
            config:
              fleet:appOverrides: {"web": {"cpu": "500m"}}
              fleet:clusters: [{"name": "eks-use1", "minSize": 2, "spot": false, "kubernetesVersion": "1.33"}]
              fleet:imageTag: "2026.11.25"
              fleet:protect: true

            """.ReplaceLineEndings("\n"),
            yaml);
    }
}
