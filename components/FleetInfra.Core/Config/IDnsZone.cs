using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Config;

/// <summary>A public DNS zone of either provider.</summary>
public interface IDnsZone
{
    /// <summary>The zone's DNS name, like <c>example.com</c>.</summary>
    string ZoneName { get; }

    SourceLocation Source { get; }

    /// <summary>Whether <paramref name="host"/> is the zone's name or below it.</summary>
    bool Covers(string host) =>
        host == ZoneName || host.EndsWith($".{ZoneName}", StringComparison.Ordinal);
}
