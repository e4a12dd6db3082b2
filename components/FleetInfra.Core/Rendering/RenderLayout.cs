namespace FleetInfra.Core.Rendering;

/// <summary>How a cluster's manifests are split into files below <c>DIR/&lt;cluster&gt;/</c>.</summary>
public enum RenderLayout
{
    /// <summary><c>&lt;app&gt;.yaml</c> per app: easy to review and diff (the default).</summary>
    PerApp,

    /// <summary>
    /// One <c>manifests.yaml</c> per cluster holding the same documents in the same order: for very large fleets,
    /// where creating one file per app costs more than rendering it.
    /// </summary>
    PerCluster,
}
