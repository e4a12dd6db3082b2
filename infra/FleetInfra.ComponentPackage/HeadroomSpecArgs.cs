using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>Spare room kept free on a node group by low-priority pause pods: { cpu, memory } or { pods, like }.</summary>
public sealed class HeadroomSpecArgs : ResourceArgs
{
    /// <summary>CPU to keep free, like "2" (cores) or "500m".</summary>
    [Input("cpu")]
    public Input<string>? Cpu { get; set; }

    /// <summary>Memory to keep free, like "4Gi".</summary>
    [Input("memory")]
    public Input<string>? Memory { get; set; }

    /// <summary>Room for this many pods like the app named by like.</summary>
    [Input("pods")]
    public Input<int>? Pods { get; set; }

    /// <summary>The app whose requests each pod of room matches (with pods).</summary>
    [Input("like")]
    public Input<string>? Like { get; set; }
}
