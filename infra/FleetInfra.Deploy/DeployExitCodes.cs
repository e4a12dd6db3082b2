namespace FleetInfra.Deploy;

/// <summary>The exit codes of <c>fleet deploy</c>, as documented in the README's "Running from CI".</summary>
public static class DeployExitCodes
{
    /// <summary>Every targeted stack succeeded (and, for <c>drift</c>, none drifted).</summary>
    public const int Success = 0;

    /// <summary>A stack failed validation or its operation failed, or the engine is not available.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong, or a safety guard refused the run before anything was touched.</summary>
    public const int Usage = 2;

    /// <summary><c>drift</c> ran everywhere and found drift in at least one stack.</summary>
    public const int Drift = 3;

    /// <summary>Interrupted by Ctrl-C or SIGTERM; the summary names stacks that may still be locked.</summary>
    public const int Interrupted = 130;
}
