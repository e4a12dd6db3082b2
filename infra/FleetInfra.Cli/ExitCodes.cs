namespace FleetInfra.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input (stack config, intents) or the output folder has problems; each is printed.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Another render is writing the same output folder (sysexits' EX_TEMPFAIL: try again later).</summary>
    public const int Busy = 75;

    /// <summary>A defect in fleet itself.</summary>
    public const int InternalError = 70;
}
