namespace FleetInfra.Deploy.Reporting;

/// <summary>How one stack's operation ended.</summary>
public enum StackOutcome
{
    Succeeded,
    Failed,

    /// <summary><c>drift</c> found differences between the state, the cloud and the program.</summary>
    Drifted,

    /// <summary>Interrupted (Ctrl-C or a termination signal) before it finished.</summary>
    Cancelled,

    /// <summary>Failed validation and was skipped (only with <c>--keep-going</c>).</summary>
    Invalid,
}
