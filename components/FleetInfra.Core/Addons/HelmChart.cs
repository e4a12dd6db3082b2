namespace FleetInfra.Core.Addons;

/// <summary>A pinned Helm chart: where it comes from, its version and the version of what it installs.</summary>
public sealed record HelmChart(string Repository, string Name, string Version, string AppVersion)
{
    public override string ToString() => $"{Name} chart {Version} (app {AppVersion})";
}
