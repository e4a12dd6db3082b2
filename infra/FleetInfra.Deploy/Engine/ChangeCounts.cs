using System.Text.Json.Serialization;

namespace FleetInfra.Deploy.Engine;

/// <summary>What an operation changed, or would change, in resources.</summary>
public sealed record ChangeCounts(int Creates, int Updates, int Deletes, int Replaces, int Sames)
{
    public static ChangeCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Every resource the operation creates, updates, deletes or replaces.</summary>
    [JsonIgnore]
    public int Changed => Creates + Updates + Deletes + Replaces;

    public ChangeCounts Plus(ChangeCounts other) =>
        new(Creates + other.Creates, Updates + other.Updates, Deletes + other.Deletes, Replaces + other.Replaces, Sames + other.Sames);
}
