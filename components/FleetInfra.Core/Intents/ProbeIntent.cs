using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Intents;

public enum ProbeKind
{
    Http,
    Tcp,
}

/// <summary>A readiness or liveness check. Timing defaults are the documented constants below.</summary>
public sealed record ProbeIntent
{
    /// <value>5 seconds.</value>
    public const int DefaultInitialDelaySeconds = 5;

    /// <value>10 seconds.</value>
    public const int DefaultPeriodSeconds = 10;

    /// <value>5 seconds.</value>
    public const int DefaultTimeoutSeconds = 5;

    /// <value>1.</value>
    public const int DefaultSuccessThreshold = 1;

    /// <value>3.</value>
    public const int DefaultFailureThreshold = 3;

    public required ProbeKind Kind { get; init; }

    public required int Port { get; init; }

    /// <summary>The HTTP path; null for TCP checks.</summary>
    public string? Path { get; init; }

    public int InitialDelaySeconds { get; init; } = DefaultInitialDelaySeconds;

    public int PeriodSeconds { get; init; } = DefaultPeriodSeconds;

    public int TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

    public int SuccessThreshold { get; init; } = DefaultSuccessThreshold;

    public int FailureThreshold { get; init; } = DefaultFailureThreshold;

    public SourceLocation? Source { get; init; }

    /// <summary>The readiness probe an app without health checks gets: TCP on its first port.</summary>
    public static ProbeIntent TcpOn(int port) => new() { Kind = ProbeKind.Tcp, Port = port };
}
