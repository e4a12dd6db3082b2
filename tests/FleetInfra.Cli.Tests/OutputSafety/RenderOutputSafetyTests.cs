using FleetInfra.Cli.Tests.BadInput;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Cli.Tests.OutputSafety;

/// <summary><c>fleet render</c> replaces its output atomically: a failed run never loses or half-writes the previous render.</summary>
public sealed class RenderOutputSafetyTests
{
    [Fact]
    public void Render_ValidStack_WritesEveryClusterAndTheMarkerWithNoTemporaryFolderLeft()
    {
        using var fleet = new SafetyFleet();

        var result = fleet.Render();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            [RenderWriter.MarkerFile, "eks-use1/web.yaml", "gke-euw1/web.yaml"],
            FolderSnapshot.Take(fleet.Output).Keys);
        Assert.Empty(fleet.LeftoverTemporaryFolders());
    }

    [Fact]
    public void Render_BadInputAfterAGoodRender_LeavesThePreviousRenderByteForByte()
    {
        using var fleet = new SafetyFleet();
        Assert.Equal(0, fleet.Render().ExitCode);
        var before = FolderSnapshot.Take(fleet.Output);
        fleet.WriteApp(SafetyFleet.WebApp.Replace("web:1.0.0", "web:latest", StringComparison.Ordinal));

        var result = fleet.Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["apps/web.yaml:3:12: application.web.image: 'registry.example.com/acme/web:latest' uses the mutable tag 'latest'; pin a version like registry.example.com/acme/web:1.2.3 (or a digest)"],
            result.ErrorLinesRelativeTo(fleet.Root));
        Assert.Equal(before, FolderSnapshot.Take(fleet.Output));
        Assert.Empty(fleet.LeftoverTemporaryFolders());
    }

    [Fact]
    public void Render_AgainWithFewerClusters_ReplacesTheWholeFolderSoNoStaleClusterRemains()
    {
        using var fleet = new SafetyFleet();
        Assert.Equal(0, fleet.Render().ExitCode);
        fleet.WriteStack(SafetyFleet.TwoClusterStack[..SafetyFleet.TwoClusterStack.IndexOf("    - name: gke-euw1", StringComparison.Ordinal)]);

        var result = fleet.Render();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([RenderWriter.MarkerFile, "eks-use1/web.yaml"], FolderSnapshot.Take(fleet.Output).Keys);
        Assert.Empty(fleet.LeftoverTemporaryFolders());
    }

    [Fact]
    public void Render_TargetWhoseStagingFolderCannotBeCreated_FailsAndLeavesThePreviousRenderIntact()
    {
        // A 240-character folder name is valid, but its staging sibling (".<name>.staging-<32 hex>") is over
        // the 255-byte file name limit of Linux, macOS and Windows file systems: the write fails before any swap.
        using var fleet = new SafetyFleet();
        var output = Path.Combine(fleet.Root, new string('r', 240));
        Assert.Equal(0, fleet.Render().ExitCode);
        Directory.Move(fleet.Output, output);
        var before = FolderSnapshot.Take(output);

        var result = fleet.Render(output);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.ErrorLinesRelativeTo(fleet.Root));
        Assert.StartsWith($"{new string('r', 240)}: cannot write the render (", error, StringComparison.Ordinal);
        Assert.EndsWith("); the previous output is unchanged", error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(output));
        Assert.Empty(fleet.LeftoverTemporaryFolders(output));
    }

    [Fact]
    public void Render_AfterARunStoppedMidWrite_ClearsTheStagingFolderItLeft()
    {
        using var fleet = new SafetyFleet();
        var stale = Directory.CreateDirectory(Path.Combine(fleet.Root, $".rendered.staging-{Guid.NewGuid():N}", "eks-use1"));
        File.WriteAllText(Path.Combine(stale.FullName, "web.yaml"), "# half written\n");

        var result = fleet.Render();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([RenderWriter.MarkerFile, "eks-use1/web.yaml", "gke-euw1/web.yaml"], FolderSnapshot.Take(fleet.Output).Keys);
        Assert.Empty(fleet.LeftoverTemporaryFolders());
    }

    [Fact]
    public void Render_AfterARunStoppedBetweenTheSwapMoves_PutsThePreviousOutputBackBeforeReplacingIt()
    {
        // The previous render was moved aside and the new one never moved in: only the aside copy exists.
        using var fleet = new SafetyFleet();
        Assert.Equal(0, fleet.Render().ExitCode);
        Directory.Move(fleet.Output, Path.Combine(fleet.Root, $".rendered.previous-{Guid.NewGuid():N}"));
        File.WriteAllText(Path.Combine(fleet.AppsDirectory, "api.yaml"), SafetyFleet.WebApp.Replace("  web:", "  api:", StringComparison.Ordinal));

        var result = fleet.Render();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [RenderWriter.MarkerFile, "eks-use1/api.yaml", "eks-use1/web.yaml", "gke-euw1/api.yaml", "gke-euw1/web.yaml"],
            FolderSnapshot.Take(fleet.Output).Keys);
        Assert.Empty(fleet.LeftoverTemporaryFolders());
    }

    [Fact]
    public void Render_IntoAFolderItDidNotWrite_RefusesAndTouchesNothing()
    {
        using var fleet = new SafetyFleet();
        Directory.CreateDirectory(fleet.Output);
        File.WriteAllText(Path.Combine(fleet.Output, "notes.txt"), "hand-written notes\n");
        var before = FolderSnapshot.Take(fleet.Output);

        var result = fleet.Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{fleet.Output}: folder exists and was not written by 'fleet render'; choose a new or empty folder"],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, FolderSnapshot.Take(fleet.Output));
        Assert.Empty(fleet.LeftoverTemporaryFolders());
    }

    [Fact]
    public void Render_IntoAnEmptyFolder_FillsIt()
    {
        using var fleet = new SafetyFleet();
        Directory.CreateDirectory(fleet.Output);

        var result = fleet.Render();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("eks-use1/web.yaml", FolderSnapshot.Take(fleet.Output).Keys);
    }

    [Fact]
    public void Render_OntoAFile_RefusesAndKeepsTheFile()
    {
        using var fleet = new SafetyFleet();
        File.WriteAllText(fleet.Output, "not a folder\n");

        var result = fleet.Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{fleet.Output}: is a file; choose a folder"], result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("not a folder\n", File.ReadAllText(fleet.Output));
    }
}
