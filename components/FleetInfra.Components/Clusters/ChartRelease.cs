using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;

namespace FleetInfra.Components.Clusters;

/// <summary>A Helm release of a chart the core pinned (<see cref="AddonVersions"/>), from the chart's own repository.</summary>
internal static class ChartRelease
{
    /// <summary>
    /// The release's arguments. Values and <c>createNamespace</c> are set only when given, so a release without them
    /// sends neither.
    /// </summary>
    public static ReleaseArgs Args(string release, HelmChart chart, string kubernetesNamespace, InputMap<object>? values = null, bool createNamespace = false)
    {
        var args = new ReleaseArgs
        {
            Name = release,
            Chart = chart.Name,
            Version = chart.Version,
            Namespace = kubernetesNamespace,
            RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository },
        };
        if (values is not null)
        {
            args.Values = values;
        }

        if (createNamespace)
        {
            args.CreateNamespace = true;
        }

        return args;
    }
}
