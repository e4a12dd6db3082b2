using System.Collections.Immutable;
using k8s;

namespace FleetInfra.Core.Rendering;

/// <summary>One output file of a cluster: a path relative to the cluster folder and its objects in apply order.</summary>
public sealed record ManifestFile(string RelativePath, ImmutableArray<IKubernetesObject> Objects);
