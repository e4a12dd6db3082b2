using FleetInfra.Core.Intents;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Headroom;

/// <summary>The <c>headroom</c> key table of stacks and node groups, and its reader.</summary>
public static class HeadroomKeys
{
    public const string Key = "headroom";

    /// <value>1000: more room than any node group holds.</value>
    public const int MaxPods = 1000;

    public static readonly KeyTable Table = new("headroom",
        "Spare room kept free for pods to start at once: { cpu, memory } in all, or { pods, like: <app> }. Low-priority pause pods hold it; a real pod preempts them and the node autoscaler adds a node ahead of demand.",
        new KeySpec("cpu", QuantitySpecs.CpuCores, "CPU to keep free, a Kubernetes quantity: 2 is two cores, 500m half of one.")
            .Reads<HeadroomSetting, CpuQuantity>(IntentReaders.CpuCores, (headroom, cpu) => headroom with { Cpu = cpu }),
        new KeySpec("memory", QuantitySpecs.Memory, "Memory to keep free, like 4Gi.")
            .Reads<HeadroomSetting, MemoryQuantity>(IntentReaders.Memory, (headroom, memory) => headroom with { Memory = memory }),
        new KeySpec("pods", new IntegerSpec(1, MaxPods) { What = "a number of pods" }, "Room for this many pods like the app named by like.")
            .ReadsInteger<HeadroomSetting>((headroom, pods) => headroom with { Pods = pods }),
        new KeySpec("like", IntentKeys.AppName, "The app whose requests each pod of room matches (with pods).")
            .ReadsText<HeadroomSetting>((headroom, app) => headroom with { Like = app }));

    /// <summary>Reads a headroom: an amount, or pods like an app, never both.</summary>
    internal static bool Read(YamlReader reader, YamlNode node, string path, out HeadroomSetting headroom)
    {
        headroom = new HeadroomSetting(reader.At(node), path);
        if (reader.Mapping(node, path, "{ cpu: 2, memory: 4Gi } or { pods: 3, like: api }") is not { } map)
        {
            return false;
        }

        if (!TableReader.Read(reader, map, path, Table, ref headroom))
        {
            return false;
        }

        var amount = headroom.Cpu is not null || headroom.Memory is not null;
        var pods = headroom.Pods is not null || headroom.Like is not null;
        var problem = (amount, pods) switch
        {
            (true, true) => "sets both an amount (cpu, memory) and pods like an app; keep one",
            (false, false) => "is empty; set { cpu: 2, memory: 4Gi } or { pods: 3, like: api }",
            (false, true) when headroom.Pods is null => "names an app with like but no pods; add pods: N",
            (false, true) when headroom.Like is null => "sets pods but not like; name the app whose pods the room is for, like: api",
            _ => null,
        };
        if (problem is not null)
        {
            reader.Error(map, path, problem);
            return false;
        }

        return true;
    }
}
