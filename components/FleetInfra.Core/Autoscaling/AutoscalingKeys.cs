using FleetInfra.Core.Intents;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Autoscaling;

/// <summary>
/// The intent keys of the two app-level autoscaling dimensions, <c>vertical_scaling</c> and <c>autoscaling</c>, as key
/// tables (<see cref="IntentKeys.App"/> lists them; the parser walks them and <c>fleet schema</c> documents them).
/// </summary>
public static class AutoscalingKeys
{
    public const string VerticalScalingKey = "vertical_scaling";
    public const string AutoscalingKey = "autoscaling";

    public static readonly TextSpec Mode = TextSpec.OneOf("off", "recommend", "auto") with
    {
        What = "off, recommend or auto",
        Explain = mode => $"'{mode}' is not a vertical scaling mode; use off, recommend (VPA recommendations only) or auto (the VPA resizes pods)",
    };

    public static readonly KeyTable VerticalScalingTable = new("verticalScaling", "A VerticalPodAutoscaler's mode and the bounds of its recommendations.",
        new KeySpec("mode", Mode, "off, recommend or auto.") { Required = true }
            .MissingSays("is missing; set off, recommend or auto")
            .ReadsText<VerticalScaling>((vertical, mode) => vertical with { Mode = ParseMode(mode) }),
        new KeySpec("min_cpu", QuantitySpecs.Cpu, "The least CPU the VPA recommends. Default 10m.")
            .Reads<VerticalScaling, CpuQuantity>(IntentReaders.Cpu, (vertical, cpu) => vertical with { MinCpu = cpu }),
        new KeySpec("max_cpu", QuantitySpecs.Cpu, "The most CPU the VPA recommends. Default 64 cores.")
            .Reads<VerticalScaling, CpuQuantity>(IntentReaders.Cpu, (vertical, cpu) => vertical with { MaxCpu = cpu }),
        new KeySpec("min_memory", QuantitySpecs.Memory, "The least memory the VPA recommends. Default 16Mi.")
            .Reads<VerticalScaling, MemoryQuantity>(IntentReaders.Memory, (vertical, memory) => vertical with { MinMemory = memory }),
        new KeySpec("max_memory", QuantitySpecs.Memory, "The most memory the VPA recommends. Default 512Gi.")
            .Reads<VerticalScaling, MemoryQuantity>(IntentReaders.Memory, (vertical, memory) => vertical with { MaxMemory = memory }));

    public static readonly AnyOfSpec VerticalScalingSpec = AnyOfSpec.Of(Mode, VerticalScalingTable);

    /// <summary>A Prometheus threshold: a number above 0 (KEDA reads it as a float).</summary>
    public static readonly AnyOfSpec Threshold = AnyOfSpec.Of(new IntegerSpec(1, int.MaxValue), new FractionSpec(0.001m, 1_000_000_000m));

    public static readonly KeyTable PrometheusTriggerTable = new("prometheusTrigger", "A KEDA prometheus trigger: one replica per threshold of the query's value.",
        new KeySpec("query", TextSpec.Any with { What = "a PromQL query" }, "The PromQL query, like sum(rate(http_requests_total{app=\"api\"}[2m])).") { Required = true }
            .MissingSays("is missing; set the PromQL query whose value drives the replica count")
            .ReadsText<PrometheusTrigger>((trigger, query) => trigger with { Query = query }),
        new KeySpec("threshold", Threshold, "The query's value per replica; a number above 0.") { Required = true }
            .MissingSays("is missing; set the query's value per replica, a number above 0")
            .Reads<PrometheusTrigger, string>(AutoscalingReaders.Threshold, (trigger, threshold) => trigger with { Threshold = threshold }),
        new KeySpec("serverAddress", TextSpec.Matching(AutoscalingPatterns.HttpUrl) with { What = "a URL like http://prometheus.monitoring.svc:9090" },
            $"The Prometheus URL. Default {PrometheusTrigger.DefaultServerAddress}.") { Default = PrometheusTrigger.DefaultServerAddress }
            .ReadsText<PrometheusTrigger>((trigger, address) => trigger with { ServerAddress = address }));

    public static readonly KeyTable AutoscalingTable = new("autoscaling",
        "What drives the replica count between min_running_instances and max_running_instances (default: 70% CPU). cpu and memory are HPA metrics; prometheus queries and a queue are KEDA triggers.",
        new KeySpec("cpu", new IntegerSpec(1, 100) { What = "a CPU utilization percent" }, "Target average CPU utilization, percent of the request.")
            .ReadsInteger<HorizontalScaling>((scaling, percent) => scaling with { CpuPercent = percent }),
        new KeySpec("memory", new IntegerSpec(1, 100) { What = "a memory utilization percent" }, "Target average memory utilization, percent of the request.")
            .ReadsInteger<HorizontalScaling>((scaling, percent) => scaling with { MemoryPercent = percent }),
        new KeySpec("prometheus", new ListSpec(PrometheusTriggerTable) { MinItems = 1 }, "[{ query, threshold, serverAddress? }]: KEDA prometheus triggers.")
            .Reads<HorizontalScaling, System.Collections.Immutable.ImmutableArray<PrometheusTrigger>>(AutoscalingReaders.Prometheus, (scaling, triggers) => scaling with { Prometheus = triggers }),
        new KeySpec(QueueKeys.Key, QueueKeys.Table, "{ type: sqs, url, messages_per_replica } or { type: pubsub, subscription, messages_per_replica }: a KEDA queue trigger.")
            .Reads<HorizontalScaling, QueueTrigger>(AutoscalingReaders.Queue, (scaling, queue) => scaling with { Queue = queue }));

    public static VerticalScalingMode ParseMode(string mode) => mode switch
    {
        "recommend" => VerticalScalingMode.Recommend,
        "auto" => VerticalScalingMode.Auto,
        _ => VerticalScalingMode.Off,
    };
}
