using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>One render at a time per output folder: the lock file, the owner record and waiting for the holder.</summary>
public sealed class OutputLockTests : IDisposable
{
    private static readonly LockOwner Holder = new(4242, new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero));

    private static readonly LockOwner Other = new(5151, new DateTimeOffset(2026, 5, 1, 10, 0, 7, TimeSpan.Zero));

    private readonly string _parent = Directory.CreateTempSubdirectory("fleet-lock-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Output => Path.Combine(_parent, "out");

    private string LockFile => OutputLock.LockFileOf(_parent, "out");

    private string OwnerFile => OutputLock.OwnerFileOf(_parent, "out");

    [Fact]
    public void Acquire_FreeFolder_RecordsTheOwnerUntilReleasedAndKeepsTheLockFile()
    {
        using (Acquire(Holder))
        {
            Assert.Equal("pid: 4242\nstarted: 2026-05-01T10:00:00Z\n", File.ReadAllText(OwnerFile));
        }

        Assert.False(File.Exists(OwnerFile));
        Assert.True(File.Exists(LockFile));
        using var again = Acquire(Other);
        Assert.Equal(Other, LockOwner.Parse(File.ReadAllText(OwnerFile)));
    }

    [Fact]
    public void Acquire_WhileHeld_FailsAtOnceNamingTheHolderAndLeavesItsRecord()
    {
        var waited = 0;
        using var held = Acquire(Holder);

        var busy = Assert.Throws<OutputBusyException>(() => Acquire(Other, new LockWait(TimeSpan.Zero, _ => waited++)));

        Assert.Equal(
            $"{Output}: another fleet render (pid 4242, started 2026-05-01T10:00:00Z) is writing this folder; try again when it ends or pass --wait SECONDS",
            busy.Message);
        Assert.Equal(Holder, busy.Owner);
        Assert.Equal(0, waited);
        Assert.Equal(Holder.ToRecord(), File.ReadAllText(OwnerFile));
    }

    [Fact]
    public void Acquire_WhileHeldPastTheWait_SaysOnceThatItWaitsThenThatTheHolderIsStillWriting()
    {
        var waitingFor = new List<LockOwner?>();
        using var held = Acquire(Holder);

        var busy = Assert.Throws<OutputBusyException>(() => Acquire(Other, new LockWait(TimeSpan.FromSeconds(0.3), waitingFor.Add)));

        Assert.Equal(
            $"{Output}: another fleet render (pid 4242, started 2026-05-01T10:00:00Z) is still writing this folder after 0.3 s; try again when it ends or raise --wait",
            busy.Message);
        Assert.Equal([Holder], waitingFor);
    }

    [Fact]
    public void Acquire_WithAWait_TakesTheLockOnceTheHolderLetsGo()
    {
        var held = Acquire(Holder);
        var waitingFor = new List<LockOwner?>();

        using var taken = Acquire(Other, new LockWait(TimeSpan.FromMinutes(5), owner =>
        {
            waitingFor.Add(owner);
            held.Dispose();
        }));

        Assert.Equal([Holder], waitingFor);
        Assert.Equal(Other.ToRecord(), File.ReadAllText(OwnerFile));
    }

    [Fact]
    public void Acquire_LockFileAndRecordLeftByAKilledRun_IsFreeAndReplacesTheRecord()
    {
        File.WriteAllText(LockFile, string.Empty);
        File.WriteAllText(OwnerFile, Holder.ToRecord());

        using var taken = Acquire(Other);

        Assert.Equal(Other.ToRecord(), File.ReadAllText(OwnerFile));
    }

    [Fact]
    public void Acquire_HolderWhoseRecordIsMissing_IsCalledAnotherRender()
    {
        using var held = Acquire(Holder);
        File.Delete(OwnerFile);

        var busy = Assert.Throws<OutputBusyException>(() => Acquire(Other));

        Assert.Equal($"{Output}: another fleet render is writing this folder; try again when it ends or pass --wait SECONDS", busy.Message);
        Assert.Null(busy.Owner);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pid: 4242\n")]
    [InlineData("pid: -1\nstarted: 2026-05-01T10:00:00Z\n")]
    [InlineData("pid: 4242\nstarted: yesterday\n")]
    public void Parse_IncompleteOrDamagedRecord_IsUnknown(string record) => Assert.Null(LockOwner.Parse(record));

    [Fact]
    public void Current_IsThisProcess() => Assert.Equal(Environment.ProcessId, LockOwner.Current.ProcessId);

    private OutputLock Acquire(LockOwner owner, LockWait? wait = null) => OutputLock.Acquire(_parent, "out", wait ?? LockWait.None, owner);
}
