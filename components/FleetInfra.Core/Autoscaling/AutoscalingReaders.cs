using System.Collections.Immutable;
using System.Globalization;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Autoscaling;

/// <summary>The readers of <c>vertical_scaling</c> and <c>autoscaling</c>: each a walk over its <see cref="AutoscalingKeys"/> table plus the checks across its keys.</summary>
internal static class AutoscalingReaders
{
    public static bool Vertical(YamlReader reader, YamlNode node, string path, out VerticalScaling vertical)
    {
        vertical = VerticalScaling.Off with { Source = reader.At(node) };
        if (node is YamlScalarNode { Value: { } text } && !YamlReader.IsNull(node))
        {
            if (!AutoscalingKeys.Mode.Accepts(text))
            {
                reader.Error(node, path, AutoscalingKeys.Mode.Explain(text));
                return false;
            }

            vertical = vertical with { Mode = AutoscalingKeys.ParseMode(text) };
            return true;
        }

        if (reader.Mapping(node, path, "recommend, or { mode: auto, min_cpu: 100m, max_cpu: 2, min_memory: 128Mi, max_memory: 4Gi }") is not { } map)
        {
            return false;
        }

        if (!TableReader.Read(reader, map, path, AutoscalingKeys.VerticalScalingTable, ref vertical))
        {
            return false;
        }

        if (vertical.MinCpu.Millicores > vertical.MaxCpu.Millicores)
        {
            reader.Error(map, $"{path}.min_cpu", $"min_cpu ({vertical.MinCpu}) is above max_cpu ({vertical.MaxCpu}); lower min_cpu or raise max_cpu");
            return false;
        }

        if (vertical.MinMemory.Bytes > vertical.MaxMemory.Bytes)
        {
            reader.Error(map, $"{path}.min_memory", $"min_memory ({vertical.MinMemory}) is above max_memory ({vertical.MaxMemory}); lower min_memory or raise max_memory");
            return false;
        }

        return true;
    }

    public static bool Horizontal(YamlReader reader, YamlNode node, string path, out HorizontalScaling scaling)
    {
        scaling = new HorizontalScaling { Source = reader.At(node) };
        if (reader.Mapping(node, path, "{ cpu: 70, prometheus: [ { query: ..., threshold: 100 } ] }") is not { } map)
        {
            return false;
        }

        if (map.Children.Count == 0)
        {
            reader.Error(map, path, "is empty; name at least one of cpu, memory, prometheus or queue, or remove it to scale on 70% CPU");
            return false;
        }

        return TableReader.Read(reader, map, path, AutoscalingKeys.AutoscalingTable, ref scaling);
    }

    public static bool Prometheus(YamlReader reader, YamlNode node, string path, out ImmutableArray<PrometheusTrigger> triggers)
    {
        triggers = [];
        if (reader.Sequence(node, path, "[ { query: 'sum(rate(http_requests_total[2m]))', threshold: 100 } ]") is not { } sequence)
        {
            return false;
        }

        var read = ImmutableArray.CreateBuilder<PrometheusTrigger>();
        var clean = true;
        foreach (var (map, itemPath) in reader.MappingItems(sequence, path, "{ query: ..., threshold: 100 }"))
        {
            var trigger = new PrometheusTrigger(string.Empty, string.Empty, null);
            if (TableReader.Read(reader, map, itemPath, AutoscalingKeys.PrometheusTriggerTable, ref trigger))
            {
                read.Add(trigger);
            }
            else
            {
                clean = false;
            }
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, path, "is empty; list at least one { query, threshold }, or remove it");
            return false;
        }

        triggers = read.ToImmutable();
        return clean;
    }

    /// <summary>A number above 0, kept as written (KEDA reads the text as a float).</summary>
    public static bool Threshold(YamlReader reader, YamlNode node, string path, out string threshold)
    {
        threshold = string.Empty;
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text }
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            if (value > 0)
            {
                threshold = value.ToString(CultureInfo.InvariantCulture);
                return true;
            }

            reader.Error(node, path, $"{text} is not above 0; the threshold is the query's value per replica, so set a positive number like 100");
            return false;
        }

        reader.Error(node, path, $"expected a number above 0 like 100 or 0.5, got {YamlReader.Describe(node)}");
        return false;
    }

    /// <summary>
    /// <c>queue</c>: the table walk, then the keys of the other type refused and the queue of its own type required (the
    /// table's <see cref="Schema.KeyRule"/>s, which the JSON Schema writes as if/then).
    /// </summary>
    public static bool Queue(YamlReader reader, YamlNode node, string path, out QueueTrigger queue)
    {
        queue = new QueueTrigger(QueueKind.Sqs, string.Empty, 0) { Source = reader.At(node) };
        if (reader.Mapping(node, path, "{ type: sqs, url: https://sqs.eu-central-1.amazonaws.com/123456789012/orders, messages_per_replica: 10 }") is not { } map)
        {
            return false;
        }

        var read = queue;
        if (!TableReader.Read(reader, map, path, QueueKeys.Table, ref read))
        {
            return false;
        }

        var type = Child(map, "type")!;
        var (own, other) = read.Kind == QueueKind.Sqs ? (QueueKeys.Url, QueueKeys.Subscription) : (QueueKeys.Subscription, QueueKeys.Url);
        if (map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == other) is { } wrong)
        {
            reader.Error(wrong, $"{path}.{other}", $"is for {(read.Kind == QueueKind.Sqs ? QueueTypes.PubSub : QueueTypes.Sqs)} queues; a {read.TypeName} queue is named by {own}");
            return false;
        }

        if (Child(map, own) is null)
        {
            reader.Error(map, $"{path}.{own}", read.Kind == QueueKind.Sqs
                ? "is missing; set the queue URL, like https://sqs.eu-central-1.amazonaws.com/123456789012/orders"
                : "is missing; set the subscription, like projects/acme-prod/subscriptions/orders");
            return false;
        }

        queue = read with { TypeSource = reader.At(type) };
        return true;
    }

    /// <summary>A whole number of messages above 0.</summary>
    public static bool MessagesPerReplica(YamlReader reader, YamlNode node, string path, out int count)
    {
        count = 0;
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text }
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value is > 0 and <= int.MaxValue)
            {
                count = (int)value;
                return true;
            }

            reader.Error(node, path, value <= 0
                ? $"{text} is not above 0; set how many waiting messages one replica handles, like 10"
                : $"{text} is too large; at most {int.MaxValue}");
            return false;
        }

        reader.Error(node, path, $"expected a whole number of messages above 0 like 10, got {YamlReader.Describe(node)}");
        return false;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
