using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Autoscaling;

/// <summary>
/// An intent's <c>autoscaling</c>: what drives the replica count between <c>min_running_instances</c> and
/// <c>max_running_instances</c>. CPU and memory are HPA v2 resource metrics; Prometheus queries and a queue are KEDA triggers.
/// Without it an autoscaled app scales on CPU at <see cref="DefaultCpuPercent"/>.
/// </summary>
public sealed record HorizontalScaling
{
    /// <value>70% of the CPU request: the target of an autoscaled app that names no metric.</value>
    public const int DefaultCpuPercent = 70;

    /// <summary>Scales on 70% CPU: an autoscaled app without <c>autoscaling</c>.</summary>
    public static readonly HorizontalScaling Default = new() { CpuPercent = DefaultCpuPercent };

    /// <summary>Target average CPU utilization, percent of the request; null to not scale on CPU.</summary>
    public int? CpuPercent { get; init; }

    /// <summary>Target average memory utilization, percent of the request; null to not scale on memory.</summary>
    public int? MemoryPercent { get; init; }

    /// <summary>Prometheus queries, in the order written.</summary>
    public ImmutableArray<PrometheusTrigger> Prometheus { get; init; } = [];

    /// <summary>The queue whose waiting messages drive the replica count; null for none.</summary>
    public QueueTrigger? Queue { get; init; }

    /// <summary>Where <c>autoscaling</c> is written; null for <see cref="Default"/> and plans built in code.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Scales on CPU or memory, the signals a VerticalPodAutoscaler in <c>auto</c> changes too.</summary>
    public bool UsesResourceMetrics => CpuPercent is not null || MemoryPercent is not null;

    /// <summary>Needs KEDA: a Prometheus query or a queue.</summary>
    public bool HasEventTriggers => !Prometheus.IsEmpty || Queue is not null;
}

/// <summary>A KEDA <c>prometheus</c> trigger: the app gets one replica per <see cref="Threshold"/> of the query's value.</summary>
/// <param name="Query">The PromQL query.</param>
/// <param name="Threshold">The value per replica, above 0, as written (KEDA reads it as a float).</param>
/// <param name="ServerAddress">The Prometheus URL; null for <see cref="DefaultServerAddress"/>.</param>
public sealed record PrometheusTrigger(string Query, string Threshold, string? ServerAddress)
{
    /// <summary>The Service of a kube-prometheus-stack / Prometheus Operator install in <c>monitoring</c>.</summary>
    public const string DefaultServerAddress = "http://prometheus-operated.monitoring.svc:9090";
}
