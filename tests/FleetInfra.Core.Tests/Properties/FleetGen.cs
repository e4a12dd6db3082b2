using CsCheck;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>CsCheck generators for valid fleets: every value they produce is within the documented rules.</summary>
public static class FleetGen
{
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string LowerDigits = Lower + "0123456789";

    /// <summary>Valid names and texts that YAML 1.1 tools read as booleans, nulls or numbers unless quoted.</summary>
    public static readonly string[] LooksLikeOtherTypes = ["y", "n", "no", "on", "off", "yes", "true", "null", "123", "0755", "1e3", "0x1f", "0o17", "1-2", "nan", "inf"];

    /// <summary>A DNS-1123 label of 1 to 20 characters; now and then one that looks like a number or boolean.</summary>
    public static readonly Gen<string> DnsLabel = Gen.Frequency(
        (9, from first in Gen.Char[Lower]
            from middle in Gen.String[Gen.Char[LowerDigits + "-"], 0, 18]
            from last in Gen.Char[LowerDigits]
            from single in Gen.Bool
            select single && middle.Length == 0 ? first.ToString() : first + middle + last),
        (1, Gen.OneOfConst(LooksLikeOtherTypes)));

    /// <summary>Environment variable values: any printable text, including quotes, escapes and type look-alikes.</summary>
    public static readonly Gen<string> EnvironmentValue = Gen.Frequency(
        (6, Gen.String[Gen.Char[" abcXYZ019:/#.,-_{}[]&*!|>%@'\"\\\u00e9\u4e2d"], 0, 20]),
        (2, Gen.OneOfConst(LooksLikeOtherTypes)),
        (1, Gen.OneOfConst("", " leading space", "trailing space ", "- dash", "key: value", "#comment", "multi\nline", "tab\there")));

    public static readonly Gen<string> Image =
        from name in DnsLabel
        from version in Gen.Int[0, 99].Array[3]
        from digest in Gen.Bool
        from hex in Gen.String[Gen.Char["0123456789abcdef"], 64, 64]
        select digest
            ? $"registry.example.com/team/{name}@sha256:{hex}"
            : $"registry.example.com/team/{name}:{version[0]}.{version[1]}.{version[2]}";

    public static readonly Gen<string> Cpu = Gen.OneOf(
        Gen.Int[10, 64_000].Select(n => $"{n}"),
        Gen.Int[10, 64_000].Select(n => $"{n}m"),
        Gen.Int[1, 64].Select(n => $"\"{n}\""));

    public static readonly Gen<string> Memory = Gen.OneOf(
        Gen.Int[16, 8192].Select(n => $"{n}"),
        Gen.Int[16, 8192].Select(n => $"{n}Mi"),
        Gen.Int[16, 8192].Select(n => $"{n}MB"),
        Gen.Int[1, 512].Select(n => $"{n}Gi"));

    /// <summary>Up to three ports with distinct numbers and names; the first is HTTP or TCP so that it can be probed.</summary>
    public static readonly Gen<PortSpec[]> Ports =
        from numbers in Gen.Int[1, 65_535].Array[0, 3]
        from flags in Gen.Bool.Array[3]
        from protocols in Gen.OneOfConst("HTTP", "TCP", "UDP").Array[3]
        from named in Gen.Bool.Array[3]
        select numbers.Distinct().Select((number, i) =>
        {
            var isPublic = flags[i];
            var protocol = isPublic ? "HTTP" : i == 0 && protocols[i] == "UDP" ? "TCP" : protocols[i];
            return new PortSpec(number, isPublic, named[i] ? $"port-{i}" : null, protocol);
        }).ToArray();

    public static readonly Gen<AppSpec> App =
        from name in DnsLabel
        from image in Image
        from cpu in Cpu
        from memory in Memory
        from ports in Ports
        from min in Gen.Int[1, 4]
        from extra in Gen.Int[0, 4]
        from httpReadiness in Gen.Bool
        from tcpLiveness in Gen.Bool
        from environment in EnvironmentValue.Array[0, 3]
        from secrets in Gen.Int[0, 2]
        from domainCount in Gen.Int[0, 2]
        select new AppSpec(
            name,
            image,
            cpu,
            memory,
            ports,
            min,
            min + extra,
            httpReadiness && ports.Length > 0 && ports[0].Protocol == "HTTP",
            tcpLiveness,
            environment,
            secrets,
            ports.Any(p => p.IsPublic) ? [.. new[] { $"{name}.example.com", $"www.{name}.example.org" }.Take(domainCount)] : []);

    public static readonly Gen<NodeGroupSpec[]> NodeGroups =
        from count in Gen.Int[1, 2]
        from sizes in Gen.Int[0, 10].Array[3]
        select Enumerable.Range(0, count).Select(i =>
        {
            var min = Math.Min(sizes[0], 5);
            var max = Math.Max(Math.Max(1, min), sizes[1]);
            int? desired = sizes[2] % 2 == 0 ? Math.Clamp(sizes[2], min, max) : null;
            return new NodeGroupSpec($"pool-{i}", min, max, desired);
        }).ToArray();

    public static readonly Gen<FleetSpec> Fleet =
        from apps in App.Array[1, 6]
        from clusterNames in DnsLabel.Array[1, 3]
        from providers in Gen.Bool.Array[3]
        from nodeGroups in NodeGroups.Array[3]
        from selectStack in Gen.Bool
        from stackPick in Gen.Bool.Array[6]
        from clusterPick in Gen.Bool.Array[3].Array[3]
        from fileCount in Gen.Int[1, 4]
        select Build(apps, clusterNames, providers, nodeGroups, selectStack, stackPick, clusterPick, fileCount);

    private static FleetSpec Build(
        AppSpec[] generated, string[] clusterNames, bool[] providers, NodeGroupSpec[][] nodeGroups,
        bool selectStack, bool[] stackPick, bool[][] clusterPick, int fileCount)
    {
        var apps = generated.DistinctBy(a => a.Name).ToArray();
        string[]? stackApps = selectStack ? [.. apps.Where((_, i) => stackPick[i] || i == 0).Select(a => a.Name)] : null;
        var selectable = stackApps ?? [.. apps.Select(a => a.Name)];
        var clusters = clusterNames.Distinct().Select((name, i) => new ClusterSpec(
            name,
            providers[i],
            nodeGroups[i],
            clusterPick[i][0] ? [.. selectable.Where((_, j) => clusterPick[i][(j % 2) + 1])] : null)).ToArray();
        return new FleetSpec(PlaceEveryApp(clusters, selectable), apps, stackApps, fileCount);
    }

    /// <summary>
    /// The clusters with every app running somewhere: an app that no cluster's list names is an error (issue 22), so
    /// the first cluster's list (when it has one) takes the apps no list names.
    /// </summary>
    public static ClusterSpec[] PlaceEveryApp(ClusterSpec[] clusters, IEnumerable<string> apps)
    {
        var unplaced = apps.Where(a => clusters.All(c => c.Apps is { } listed && !listed.Contains(a))).ToArray();
        if (unplaced.Length == 0 || clusters.Length == 0)
        {
            return clusters;
        }

        var placed = (ClusterSpec[])clusters.Clone();
        placed[0] = placed[0] with { Apps = [.. placed[0].Apps!, .. unplaced] };
        return placed;
    }
}
