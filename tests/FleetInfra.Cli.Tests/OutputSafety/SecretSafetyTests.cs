using FleetInfra.Cli.Tests.BadInput;

namespace FleetInfra.Cli.Tests.OutputSafety;

/// <summary>Secret values never pass through fleet: not in validate, plan, plan --json or render output, nor in errors.</summary>
public sealed class SecretSafetyTests
{
    [Fact]
    public void EveryCommand_StackWithSecretLookingProviderConfig_NeverPrintsOrRendersTheValue()
    {
        using var fleet = new SafetyFleet();

        var results = new[] { fleet.Run("validate"), fleet.Run("plan"), fleet.Run("plan", "--json"), fleet.Render() };

        Assert.All(results, result =>
        {
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain(SafetyFleet.PastedSecret, result.Output + result.Error, StringComparison.Ordinal);
        });
        var rendered = FolderSnapshot.Take(fleet.Output);
        Assert.All(rendered, file => Assert.DoesNotContain(
            Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(SafetyFleet.PastedSecret)), file.Value, StringComparison.Ordinal));
        var deployment = File.ReadAllText(Path.Combine(fleet.Output, "eks-use1", "web.yaml"));
        Assert.Contains("secretKeyRef:", deployment, StringComparison.Ordinal);
        Assert.Contains("name: web-db", deployment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DATABASE_PASSWORD: " + SafetyFleet.PastedSecret)]
    [InlineData("DATABASE_PASSWORD: \"" + SafetyFleet.PastedSecret + "\"")]
    [InlineData("DATABASE_PASSWORD: [" + SafetyFleet.PastedSecret + "]")]
    [InlineData("DATABASE_PASSWORD: { value: " + SafetyFleet.PastedSecret + " }")]
    public void EveryCommand_SecretValuePastedIntoTheIntent_IsRejectedWithoutEchoingIt(string pasted)
    {
        using var fleet = new SafetyFleet(app: SafetyFleet.WebApp.Replace("DATABASE_PASSWORD: { secret: web-db, key: password }", pasted, StringComparison.Ordinal));

        var results = new[] { fleet.Run("validate"), fleet.Run("plan"), fleet.Run("plan", "--json"), fleet.Render() };

        Assert.All(results, result =>
        {
            Assert.Equal(1, result.ExitCode);
            Assert.NotEmpty(result.Error);
            Assert.DoesNotContain(SafetyFleet.PastedSecret, result.Output + result.Error, StringComparison.Ordinal);
        });
        Assert.False(Directory.Exists(fleet.Output));
    }
}
