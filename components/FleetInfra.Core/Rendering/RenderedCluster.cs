using System.Collections.Immutable;

namespace FleetInfra.Core.Rendering;

/// <summary>A cluster's rendered files: path relative to the cluster folder, and YAML text.</summary>
public sealed record RenderedCluster(string Name, ImmutableArray<(string RelativePath, string Yaml)> Files);
