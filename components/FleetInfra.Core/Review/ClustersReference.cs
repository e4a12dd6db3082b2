using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Review;

/// <summary><c>fleet:clustersFrom</c>: the stack whose clusters an apps-only stack deploys onto.</summary>
/// <param name="Reference">As written: a stack name, or <c>org/project/stack</c>, which the Pulumi program's StackReference reads.</param>
/// <param name="Source">Where it is written.</param>
public sealed record ClustersReference(string Reference, SourceLocation Source)
{
    /// <summary>The base stack's own name: its file is <c>Pulumi.&lt;name&gt;.yaml</c> beside the apps-only stack's.</summary>
    public string StackName => StackNameOf(Reference);

    public static string StackNameOf(string reference) => reference[(reference.LastIndexOf('/') + 1)..];
}
