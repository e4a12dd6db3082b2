using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Core.Config.Classes;

/// <summary>
/// One entry of <c>fleet:clusterClasses</c>: everything a cluster needs but its identity (provider, version, node groups,
/// add-on switches, network and hardening settings, labels), read once and shared by every cluster that names it.
/// </summary>
public sealed record ClusterClass
{
    public required string Name { get; init; }

    /// <summary>The class this one extends (its <c>class</c> key), null for none.</summary>
    public string? Extends { get; init; }

    /// <summary>Where the class's name is written.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>The settings, as a cluster without name and region; a cluster of the class starts from them.</summary>
    public required ClusterConfig Settings { get; init; }

    /// <summary>The keys written for the class and the classes it extends: the rules across a cluster's keys see them with the cluster's own.</summary>
    internal YamlFields Fields { get; init; } = null!;

    /// <summary>A class with a problem was reported once; its clusters are skipped rather than reported again.</summary>
    internal bool HasErrors { get; init; }
}
