using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;

namespace FleetInfra.Components.Clusters;

/// <summary>KEDA by its pinned Helm chart, on either provider, when the core planned it (an app has working hours).</summary>
internal static class KedaRelease
{
    /// <summary>KEDA's own namespace, as its chart documents.</summary>
    public const string Namespace = "keda";

    public static Release Install(string name, HelmChart chart, Resource parent, Pulumi.Kubernetes.Provider provider) =>
        new($"{name}-keda", new ReleaseArgs
        {
            Name = "keda",
            Chart = chart.Name,
            Version = chart.Version,
            Namespace = Namespace,
            CreateNamespace = true,
            RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository },
        }, new CustomResourceOptions { Parent = parent, Provider = provider });
}
