using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>A node group (EKS managed node group, GKE node pool), as one entry of a cluster's <c>nodeGroups</c>.</summary>
public sealed class NodeGroupSpecArgs : ResourceArgs
{
    /// <summary>DNS label, unique in the cluster.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    /// <summary>EC2 instance types (EKS), or exactly one GCE machine type (GKE).</summary>
    [Input("instanceTypes", required: true)]
    public InputList<string> InstanceTypes { get; set; } = null!;

    /// <summary>The smallest number of nodes.</summary>
    [Input("minSize", required: true)]
    public Input<int> MinSize { get; set; } = null!;

    /// <summary>The largest number of nodes.</summary>
    [Input("maxSize", required: true)]
    public Input<int> MaxSize { get; set; } = null!;

    /// <summary>The number of nodes to start with. Default: minSize, at least 1.</summary>
    [Input("desiredSize")]
    public Input<int>? DesiredSize { get; set; }

    /// <summary>Spot (preemptible) capacity. Default false.</summary>
    [Input("spot")]
    public Input<bool>? Spot { get; set; }

    /// <summary>Root disk size in GiB. Default 50.</summary>
    [Input("diskSizeGb")]
    public Input<int>? DiskSizeGb { get; set; }

    /// <summary>Kubernetes labels of the nodes.</summary>
    [Input("labels")]
    public InputMap<string>? Labels { get; set; }

    /// <summary>Taints of the nodes.</summary>
    [Input("taints")]
    public InputList<NodeTaintSpecArgs>? Taints { get; set; }

    /// <summary>Spare room kept free on this node group by pause pods pinned to it.</summary>
    [Input("headroom")]
    public Input<HeadroomSpecArgs>? Headroom { get; set; }
}
