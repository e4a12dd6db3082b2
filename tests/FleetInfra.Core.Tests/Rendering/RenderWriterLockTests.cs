using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>A render never touches an output folder, or the temporary siblings of one, that another render holds.</summary>
public sealed class RenderWriterLockTests : IDisposable
{
    private static readonly LockOwner Holder = new(4242, new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero));

    private readonly string _parent = Directory.CreateTempSubdirectory("fleet-writer-lock-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Output => Path.Combine(_parent, "out");

    [Fact]
    public void Write_WhileAnotherRenderHoldsTheFolder_FailsAndLeavesItsStagingFolderAlone()
    {
        var plan = Plan();
        var live = Path.Combine(_parent, $".out.staging-{Guid.NewGuid():N}");
        using (OutputLock.Acquire(_parent, "out", LockWait.None, Holder))
        {
            Directory.CreateDirectory(live);
            File.WriteAllText(Path.Combine(live, "half-written.yaml"), "kind: Namespace\n");

            var busy = Assert.Throws<OutputBusyException>(() => RenderWriter.Write(Output, plan));

            Assert.Equal(Holder, busy.Owner);
            Assert.Equal("kind: Namespace\n", File.ReadAllText(Path.Combine(live, "half-written.yaml")));
            Assert.False(Directory.Exists(Output));
        }
    }

    [Fact]
    public void Write_AfterTheHolderLetGo_ClearsTheStagingFolderItLeftButNotThoseOfAnotherOutput()
    {
        var plan = Plan();
        var dead = Directory.CreateDirectory(Path.Combine(_parent, $".out.staging-{Guid.NewGuid():N}")).FullName;
        var otherOutput = Directory.CreateDirectory(Path.Combine(_parent, $".out.staging-x.staging-{Guid.NewGuid():N}")).FullName;

        RenderWriter.Write(Output, plan);

        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(otherOutput));
        Assert.True(File.Exists(Path.Combine(Output, RenderWriter.MarkerFile)));
    }

    private FleetPlan Plan()
    {
        var stackFile = new ReferenceFleet(1, 2).WriteTo(Path.Combine(_parent, "stack"));
        return FleetLoader.Load(stackFile).Plan!;
    }
}
