using System.Globalization;

namespace FleetInfra.Core.Autoscaling;

/// <summary>Which VPA <c>updateMode</c> each <c>vertical_scaling</c> mode renders on a cluster.</summary>
public static class VerticalUpdateModes
{
    /// <summary>
    /// 1.33: the first Kubernetes minor where <c>InPlacePodVerticalScaling</c> is on by default (beta), which
    /// <c>InPlaceOrRecreate</c> needs. Source: kubernetes/autoscaler tag <c>vertical-pod-autoscaler-1.7.1</c>,
    /// <c>vertical-pod-autoscaler/docs/installation.md</c> ("1.7.x: 1.28+ (InPlace, InPlaceOrRecreate ... require 1.33+)");
    /// VPA 1.7 has no <c>InPlaceOrRecreate</c> feature gate left to turn on (<c>pkg/features/versioned_features.go</c>).
    /// </summary>
    public const int InPlaceMinimumMinor = 33;

    /// <summary><c>recommend</c> is <c>Off</c>; <c>auto</c> resizes in place where the cluster can, else recreates pods.</summary>
    public static string For(VerticalScalingMode mode, string kubernetesVersion) => mode switch
    {
        VerticalScalingMode.Recommend => "Off",
        VerticalScalingMode.Auto => SupportsInPlace(kubernetesVersion) ? "InPlaceOrRecreate" : "Recreate",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "no VerticalPodAutoscaler for off"),
    };

    /// <summary>Whether a cluster at <paramref name="kubernetesVersion"/> (<c>1.33</c>) resizes pods in place.</summary>
    public static bool SupportsInPlace(string kubernetesVersion) =>
        kubernetesVersion.Split('.') is [var major, var minor]
        && int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var majorNumber)
        && int.TryParse(minor, NumberStyles.None, CultureInfo.InvariantCulture, out var minorNumber)
        && (majorNumber > 1 || minorNumber >= InPlaceMinimumMinor);
}
