using System.Collections.Immutable;

namespace FleetInfra.Core.Diffing;

/// <summary>What a change does to running pods on one cluster: which apps roll their pods and which scale down.</summary>
/// <param name="PodsRestarting">The pods replaced by rolling updates: each restarting app's minimum replicas at the base, summed (autoscaled apps may run more).</param>
/// <param name="Restarts">The apps whose pod template changes, by name.</param>
/// <param name="ScalingDown">The apps whose minimum or maximum replicas drop, by name.</param>
public sealed record RolloutImpact(int PodsRestarting, ImmutableArray<AppRestart> Restarts, ImmutableArray<AppScaleDown> ScalingDown)
{
    public static readonly RolloutImpact None = new(0, [], []);
}

/// <summary>An app whose pods are replaced by a rolling update.</summary>
/// <param name="App">The app.</param>
/// <param name="Pods">Its minimum replicas at the base: the pods that are replaced, at least.</param>
/// <param name="Because">The pod template fields that change, like <c>containers[orders].resources.requests.cpu</c>.</param>
public sealed record AppRestart(string App, int Pods, ImmutableArray<string> Because);

/// <summary>An app that runs fewer replicas than before.</summary>
public sealed record AppScaleDown(string App, int MinBefore, int MinAfter, int MaxBefore, int MaxAfter);
