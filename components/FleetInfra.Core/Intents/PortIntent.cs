using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Intents;

public enum PortProtocol
{
    Http,
    Tcp,
    Udp,
}

/// <summary>A container port; public ports are reachable from outside the cluster through the Ingress.</summary>
public sealed record PortIntent
{
    public required int Number { get; init; }

    public required bool IsPublic { get; init; }

    /// <summary>The Service and container port name (IANA service name, at most 15 characters).</summary>
    public required string Name { get; init; }

    public PortProtocol Protocol { get; init; } = PortProtocol.Http;

    public required SourceLocation Source { get; init; }

    public static string DefaultName(int number, PortProtocol protocol) =>
        $"{protocol.ToString().ToLowerInvariant()}-{number}";
}
