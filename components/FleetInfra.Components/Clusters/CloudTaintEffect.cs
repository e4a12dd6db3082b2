using FleetInfra.Core.Config;

namespace FleetInfra.Components.Clusters;

/// <summary>Kubernetes taint effects as the EKS and GKE node APIs spell them (both use the same enum strings).</summary>
internal static class CloudTaintEffect
{
    public static string From(TaintEffect effect) => effect switch
    {
        TaintEffect.NoSchedule => "NO_SCHEDULE",
        TaintEffect.PreferNoSchedule => "PREFER_NO_SCHEDULE",
        TaintEffect.NoExecute => "NO_EXECUTE",
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, "Unknown taint effect."),
    };
}
