using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>A node taint.</summary>
public sealed class NodeTaintSpecArgs : ResourceArgs
{
    /// <summary>The taint key.</summary>
    [Input("key", required: true)]
    public Input<string> Key { get; set; } = null!;

    /// <summary>The taint value. Default empty.</summary>
    [Input("value")]
    public Input<string>? Value { get; set; }

    /// <summary>NoSchedule, PreferNoSchedule or NoExecute.</summary>
    [Input("effect", required: true)]
    public Input<string> Effect { get; set; } = null!;
}
