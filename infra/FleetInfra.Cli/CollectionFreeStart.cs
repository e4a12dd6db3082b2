namespace FleetInfra.Cli;

/// <summary>
/// Lets a short command run without a garbage collection. A 10 x 100 render allocates about 25 MB, and the one
/// collection it used to trigger copied the plan (about 2.5 MB that stays alive to the end) for about 6 ms, a tenth of
/// the run. Taken at start-up, when next to nothing is alive, the region's own collection is nearly free; a command
/// that allocates more than <see cref="Bytes"/> simply leaves the region at its first collection and continues as usual.
/// </summary>
internal static class CollectionFreeStart
{
    /// <summary>Allocation allowed before the first collection.</summary>
    public const long Bytes = 32L * 1024 * 1024;

    /// <summary>Called once by the executable's entry point; tests calling <see cref="FleetCli.Run"/> in process do not.</summary>
    public static void Begin()
    {
        try
        {
            GC.TryStartNoGCRegion(Bytes);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Only a speed-up: without the region, collections run as usual.
        }
    }
}
