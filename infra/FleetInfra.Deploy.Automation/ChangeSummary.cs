using FleetInfra.Deploy.Engine;
using Pulumi.Automation;

namespace FleetInfra.Deploy.Automation;

/// <summary>The engine's resource-change counts as <see cref="ChangeCounts"/>: the parts of a replacement count as one replace.</summary>
internal static class ChangeSummary
{
    public static ChangeCounts From(IEnumerable<KeyValuePair<OperationType, int>>? changes)
    {
        var counts = (changes ?? []).ToDictionary(c => c.Key, c => c.Value);
        int Of(OperationType type) => counts.GetValueOrDefault(type);
        return new ChangeCounts(Of(OperationType.Create) + Of(OperationType.Import), Of(OperationType.Update), Of(OperationType.Delete), Of(OperationType.Replace), Of(OperationType.Same));
    }
}
