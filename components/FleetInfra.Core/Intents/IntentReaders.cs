using System.Collections.Immutable;
using FleetInfra.Core.Intents.Rules;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Scheduling;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Intents;

/// <summary>
/// The readers of the intent keys whose values are more than one scalar: quantities, the lists and maps of tables
/// (each item read by a walk over its <see cref="IntentKeys"/> table) and the checks across their items.
/// </summary>
internal static class IntentReaders
{
    public static bool Cpu(YamlReader reader, YamlNode node, string path, out CpuQuantity cpu) =>
        Found(reader.Cpu(node, path), out cpu);

    /// <summary>A Kubernetes CPU quantity where an unquoted integer is cores (headroom), not an intent's millicores.</summary>
    public static bool CpuCores(YamlReader reader, YamlNode node, string path, out CpuQuantity cpu) =>
        Found(reader.CpuCores(node, path), out cpu);

    public static bool Memory(YamlReader reader, YamlNode node, string path, out MemoryQuantity memory) =>
        Found(reader.Memory(node, path), out memory);

    public static bool Schedule(YamlReader reader, YamlNode node, string path, out ScheduleSetting schedule)
    {
        schedule = WorkingHoursParser.Read(reader, node, path)!;
        return schedule is not null;
    }

    public static bool Readiness(YamlReader reader, YamlNode node, string path, out ProbeIntent probe) =>
        Probe(reader, node, path, IntentKeys.Probe, [], out probe);

    public static bool Liveness(YamlReader reader, YamlNode node, string path, out ProbeIntent probe) =>
        Probe(reader, node, path, IntentKeys.LivenessProbe, [LivenessSucceedsOnce.Instance], out probe);

    /// <summary>Environment variables to merge into the intent's: the valid ones, after reporting the others.</summary>
    public static bool Environment(YamlReader reader, YamlNode node, string path, out IReadOnlyList<KeyValuePair<string, string>> variables)
    {
        var valid = new List<KeyValuePair<string, string>>();
        foreach (var (key, value, keyNode, _) in reader.StringMap(node, path, "{ LOG_LEVEL: info }"))
        {
            if (IntentKeys.EnvironmentVariableName.Accepts(key))
            {
                valid.Add(new(key, value));
            }
            else
            {
                reader.Error(keyNode, YamlReader.Join(path, key), IntentKeys.EnvironmentVariableName.Explain(key));
            }
        }

        variables = valid;
        return node is YamlMappingNode;
    }

    /// <summary>Ports sorted by number: each <c>- 8080: true</c> or a mapping of <see cref="IntentKeys.Port"/>, each number and name once.</summary>
    public static bool Ports(YamlReader reader, YamlNode node, string path, out ImmutableArray<PortIntent> ports)
    {
        ports = [];
        if (reader.Sequence(node, path, "[ {8080: true}, {internal_port: 9090, publicly_accessible: false} ]") is not { } sequence)
        {
            return false;
        }

        var read = new List<PortIntent>();
        foreach (var (map, itemPath) in reader.MappingItems(sequence, path, "{8080: true} or {internal_port: 8080, publicly_accessible: true}"))
        {
            if ((IsShortPort(map) ? ShortPort(reader, map, itemPath) : LongPort(reader, map, itemPath)) is not { } port)
            {
                continue;
            }

            if (read.Find(p => p.Number == port.Number) is { } sameNumber)
            {
                reader.Diagnostics.Error(port.Source, itemPath, $"port {port.Number} is declared twice (first at line {sameNumber.Source.Line}); remove one");
            }
            else if (read.Find(p => p.Name == port.Name) is { } sameName)
            {
                reader.Diagnostics.Error(port.Source, $"{itemPath}.name", $"port name '{port.Name}' is already used by port {sameName.Number}; give each port its own name");
            }
            else
            {
                read.Add(port);
            }
        }

        ports = [.. read.OrderBy(p => p.Number)];
        return true;
    }

    /// <summary>References to keys of existing Secrets, sorted by variable; a plain value is refused without echoing it.</summary>
    public static bool Secrets(YamlReader reader, YamlNode node, string path, out ImmutableArray<SecretReference> secrets)
    {
        secrets = [];
        if (reader.Mapping(node, path, "{ DB_PASSWORD: { secret: db-credentials, key: password } }") is not { } map)
        {
            return false;
        }

        var read = new List<SecretReference>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var variable = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var itemPath = $"{path}.{variable}";
            if (!IntentKeys.EnvironmentVariableName.Accepts(variable))
            {
                reader.Error(keyNode, itemPath, IntentKeys.EnvironmentVariableName.Explain(variable));
                continue;
            }

            if (valueNode is not YamlMappingNode referenceNode)
            {
                // Never echo the value: it may be a secret pasted by mistake.
                reader.Error(valueNode, itemPath,
                    $"secrets hold references to existing Kubernetes Secrets, never values; write {variable}: {{ secret: SECRET_NAME, key: KEY }} and store the value in the Secret");
                continue;
            }

            var reference = new SecretReference(variable, string.Empty, string.Empty);
            if (TableReader.Read(reader, referenceNode, itemPath, IntentKeys.SecretReference, ref reference))
            {
                read.Add(reference);
            }
        }

        secrets = [.. read.OrderBy(s => s.EnvironmentVariable, StringComparer.Ordinal)];
        return true;
    }

    /// <summary>Custom domains sorted by name, each once, at most <see cref="ApplicationIntentParser.ManagedCertificateMaxDomains"/> with generated certificates.</summary>
    public static bool CustomDomains(YamlReader reader, YamlNode node, string path, out ImmutableArray<CustomDomain> domains)
    {
        domains = [];
        if (reader.Sequence(node, path, "[ { domain: api.example.com, generate_certificate: true } ]") is not { } sequence)
        {
            return false;
        }

        var read = new List<CustomDomain>();
        foreach (var (map, itemPath) in reader.MappingItems(sequence, path, "{ domain: api.example.com, generate_certificate: true }"))
        {
            var domain = new CustomDomain(string.Empty, GenerateCertificate: true);
            if (!TableReader.Read(reader, map, itemPath, IntentKeys.CustomDomain, ref domain))
            {
                continue;
            }

            if (read.Exists(d => d.Domain == domain.Domain))
            {
                reader.Diagnostics.Error(domain.Source!, $"{itemPath}.domain", $"'{domain.Domain}' is listed twice; remove one");
                continue;
            }

            read.Add(domain);
        }

        if (read.Count(d => d.GenerateCertificate) > ApplicationIntentParser.ManagedCertificateMaxDomains)
        {
            reader.Error(sequence, path,
                $"lists more than {ApplicationIntentParser.ManagedCertificateMaxDomains} domains with generated certificates, the most one managed certificate holds; split the app or bring your own certificate");
        }

        domains = [.. read.OrderBy(d => d.Domain, StringComparer.Ordinal)];
        return true;
    }

    /// <summary>App names, each once; whether they exist is checked by the planner, which knows every app.</summary>
    public static bool AllowFrom(YamlReader reader, YamlNode node, string path, out ImmutableArray<AppReference> apps)
    {
        var read = new List<AppReference>();
        foreach (var (name, itemNode) in reader.StringList(node, path, "an app name"))
        {
            if (read.Find(a => a.Name == name) is { } first)
            {
                reader.Error(itemNode, path, $"'{name}' is listed twice (first at line {first.Source.Line}); remove one");
                continue;
            }

            read.Add(new AppReference(name, reader.At(itemNode)));
        }

        apps = [.. read.OrderBy(a => a.Name, StringComparer.Ordinal)];
        return node is YamlSequenceNode;
    }

    private static bool Probe(YamlReader reader, YamlNode node, string path, KeyTable table, ReadOnlySpan<TableRule<ProbeIntent>> rules, out ProbeIntent probe)
    {
        // Port 0 until a port is read: a probe without a valid port is reported and not kept.
        probe = new ProbeIntent { Kind = ProbeKind.Tcp, Port = 0 };
        if (reader.Mapping(node, path, "{ type: { http: { port: 8080, path: /healthz } }, period_seconds: 10 }") is not { } map)
        {
            return false;
        }

        var fields = reader.Fields(map, path, table);
        TableReader.Read(reader, fields, map, path, table, ref probe);
        TableReader.Check(new TableContext(reader, path, map, fields), ref probe, rules);
        return probe.Port != 0;
    }

    /// <summary><c>- 8080: true</c>: one entry whose key is a number.</summary>
    private static bool IsShortPort(YamlMappingNode map) =>
        map.Children.Count == 1 && map.Children.Keys.Single() is YamlScalarNode { Value: { Length: > 0 and <= 9 } key } && key.All(char.IsAsciiDigit);

    private static PortIntent? ShortPort(YamlReader reader, YamlMappingNode map, string path)
    {
        var (keyNode, valueNode) = map.Children.Single();
        var hasNumber = IntentKeys.PortNumber.TryRead(reader, keyNode, path, out var number);
        var hasPublic = BooleanSpec.TryRead(reader, valueNode, $"{path}.{((YamlScalarNode)keyNode).Value}", out var isPublic);
        return hasNumber && hasPublic
            ? new PortIntent { Number = number, IsPublic = isPublic, Name = PortIntent.DefaultName(number, PortProtocol.Http), Source = reader.At(keyNode) }
            : null;
    }

    private static PortIntent? LongPort(YamlReader reader, YamlMappingNode map, string path)
    {
        var port = new PortIntent { Number = 0, IsPublic = false, Name = string.Empty, Source = reader.At(map) };
        var fields = reader.Fields(map, path, IntentKeys.Port);
        return TableReader.Read(reader, fields, map, path, IntentKeys.Port, ref port)
            && TableReader.Check(new TableContext(reader, path, map, fields), ref port, [PublicPortIsHttp.Instance, PortNameIsValid.Instance])
                ? port
                : null;
    }

    private static bool Found<T>(T? read, out T value)
        where T : struct
    {
        value = read.GetValueOrDefault();
        return read.HasValue;
    }
}
