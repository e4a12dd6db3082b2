namespace FleetInfra.Core.Schema;

/// <summary>A mapping of names the user chooses (apps, variables, labels) to values that match <see cref="Values"/>.</summary>
public sealed record MapSpec(TextSpec Keys, ValueSpec Values) : ValueSpec
{
    public int? MinEntries { get; init; }

    public int? MaxEntries { get; init; }

    /// <summary>A missing value (<c>my-app:</c> with nothing after it) is allowed and means the defaults.</summary>
    public bool ValuesMayBeEmpty { get; init; }
}
