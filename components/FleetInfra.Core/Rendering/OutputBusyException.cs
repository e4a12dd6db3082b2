namespace FleetInfra.Core.Rendering;

/// <summary>Another render holds the output folder's lock; the message names it and says what to do.</summary>
public sealed class OutputBusyException(string outputDirectory, LockOwner? owner, TimeSpan waited)
    : Exception(Describe(outputDirectory, owner, waited))
{
    public LockOwner? Owner { get; } = owner;

    private static string Describe(string outputDirectory, LockOwner? owner, TimeSpan waited) =>
        waited <= TimeSpan.Zero
            ? $"{outputDirectory}: {LockOwner.Describe(owner)} is writing this folder; try again when it ends or pass --wait SECONDS"
            : $"{outputDirectory}: {LockOwner.Describe(owner)} is still writing this folder after {waited.TotalSeconds:0.###} s; try again when it ends or raise --wait";
}
