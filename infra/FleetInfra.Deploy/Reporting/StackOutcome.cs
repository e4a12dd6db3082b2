namespace FleetInfra.Deploy.Reporting;

/// <summary>How one stack's operation ended (the JSON and the tables show the name in lower case).</summary>
public enum StackOutcome
{
    Succeeded,
    Failed,

    /// <summary><c>drift</c>: the refresh found resources that changed in the cloud (the state no longer matches it).</summary>
    Drifted,

    /// <summary><c>drift</c>: the cloud matches the state, but the program has changes the stack has not received yet.</summary>
    Pending,

    /// <summary>Interrupted (Ctrl-C or a termination signal) before it finished.</summary>
    Cancelled,

    /// <summary>Failed validation and was skipped.</summary>
    Invalid,

    /// <summary>A safety guard refused it (production without a plan or without --yes-destroy-production).</summary>
    Refused,

    /// <summary>Not run because other stacks were invalid or refused.</summary>
    Skipped,
}
