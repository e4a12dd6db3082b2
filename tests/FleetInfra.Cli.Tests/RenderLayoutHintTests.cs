using FleetInfra.Cli.Commands;

namespace FleetInfra.Cli.Tests;

public sealed class RenderLayoutHintTests
{
    [Fact]
    public void ManyFilesPerApp_SuggestTheClusterLayout()
    {
        var hint = RenderCommand.LayoutHint(RenderCommand.ManyFiles, perCluster: false);

        Assert.Equal($"note: {RenderCommand.ManyFiles} files written; --layout cluster writes the same documents as one manifests.yaml per cluster, which is much faster on most file systems", hint);
    }

    [Theory]
    [InlineData(RenderCommand.ManyFiles - 1, false)]
    [InlineData(RenderCommand.ManyFiles * 10, true)]
    public void FewFilesOrTheClusterLayoutAlready_SayNothing(int files, bool perCluster) =>
        Assert.Null(RenderCommand.LayoutHint(files, perCluster));
}
