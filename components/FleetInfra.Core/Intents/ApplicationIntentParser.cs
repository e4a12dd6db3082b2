using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Scheduling;
using FleetInfra.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Intents;

/// <summary>Reads application intents from YAML documents of the form <c>application: { name: { ... } }</c>.</summary>
public static partial class ApplicationIntentParser
{
    public const int MaxInstancesLimit = 1000;

    /// <value>100: GKE's ManagedCertificate limit, applied on every provider so intents stay portable.</value>
    public const int ManagedCertificateMaxDomains = 100;

    /// <summary>The app names written under <c>application:</c> in the file, valid or not; nothing is reported.</summary>
    public static IEnumerable<string> AppNamesIn(YamlFile file) =>
        file.Documents
            .OfType<YamlMappingNode>()
            .SelectMany(root => root.Children)
            .Where(entry => entry.Key is YamlScalarNode { Value: IntentKeys.Application } && entry.Value is YamlMappingNode)
            .SelectMany(entry => ((YamlMappingNode)entry.Value).Children.Keys.OfType<YamlScalarNode>())
            .Select(key => key.Value ?? string.Empty);

    /// <summary>
    /// Every app defined in the file, in file order. Problems go to the reader's diagnostics. A rename suggested
    /// for an invalid app name avoids <paramref name="appNames"/>, the names written in every intent file.
    /// </summary>
    public static IReadOnlyList<ApplicationIntent> Parse(YamlFile file, DiagnosticBag diagnostics, IReadOnlySet<string>? appNames = null)
    {
        var reader = new YamlReader(file.DisplayPath, diagnostics);
        var apps = new List<ApplicationIntent>();
        if (file.Documents.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), string.Empty,
                "file holds no document; add an 'application:' mapping or remove the file");
        }

        foreach (var document in file.Documents)
        {
            if (reader.Mapping(document, string.Empty, "application: { my-app: { image: ..., ports: [ {8080: true} ] } }") is not { } root)
            {
                continue;
            }

            var fields = reader.Fields(root, string.Empty, IntentKeys.TopLevel);
            if (fields[IntentKeys.Application] is not { } applications)
            {
                reader.Error(root, IntentKeys.Application, "is missing; declare apps under 'application:'");
                continue;
            }

            if (reader.Mapping(applications, IntentKeys.Application, "application: { my-app: { ... } }") is not { } appMap)
            {
                continue;
            }

            foreach (var (keyNode, valueNode) in appMap.Children)
            {
                if (keyNode is not YamlScalarNode scalarKey)
                {
                    reader.Error(keyNode, IntentKeys.Application, $"an app name must be plain text, got {YamlReader.Describe(keyNode)}; write it as my-app: {{ image: ... }}");
                    continue;
                }

                var name = scalarKey.Value ?? string.Empty;
                var path = $"{IntentKeys.Application}.{name}";
                if (!KubernetesNames.IsDnsLabel(name))
                {
                    reader.Error(keyNode, path,
                        $"'{name}' is not a valid app name (lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit); rename it to '{Suggestions.ToDnsLabel(name, appNames)}'");
                    continue;
                }

                var baseline = new ApplicationIntent { Name = name, Source = reader.At(keyNode) };
                if (YamlReader.IsNull(valueNode))
                {
                    apps.Add(Checked(reader, baseline, path, keyNode, fields: null));
                    continue;
                }

                if (reader.Mapping(valueNode, path, "{ image: ..., cpu: 500m, memory: 512MB }") is { } appNode)
                {
                    var appFields = reader.Fields(appNode, path, IntentKeys.All);
                    var intent = ApplyFields(reader, baseline, appFields, path);
                    apps.Add(Checked(reader, intent, path, keyNode, appFields));
                }
            }
        }

        return apps;
    }

    /// <summary>Applies a stack's <c>fleet:appOverrides</c> entry to an intent and re-checks the result.</summary>
    public static ApplicationIntent ApplyOverride(YamlReader reader, ApplicationIntent intent, YamlMappingNode overrideNode, string path)
    {
        var fields = reader.Fields(overrideNode, path, IntentKeys.Overridable);
        var merged = ApplyFields(reader, intent, fields, path);
        return Checked(reader, merged, path, overrideNode, fields);
    }

    private static ApplicationIntent ApplyFields(YamlReader reader, ApplicationIntent intent, YamlFields fields, string path)
    {
        if (fields[IntentKeys.BuildMode] is { } buildModeNode)
        {
            var text = reader.String(buildModeNode, Join(path, IntentKeys.BuildMode), "DOCKER or IMAGE");
            switch (text)
            {
                case null:
                    break;
                case "DOCKER":
                    intent = intent with { BuildMode = BuildMode.Docker };
                    break;
                case "IMAGE":
                    intent = intent with { BuildMode = BuildMode.Image };
                    break;
                default:
                    reader.Error(buildModeNode, Join(path, IntentKeys.BuildMode),
                        $"'{text}' is not supported; use DOCKER (image built by CI and pushed to fleet:imageRegistry) or IMAGE (set image)");
                    break;
            }
        }

        if (fields[IntentKeys.Image] is { } imageNode && reader.String(imageNode, Join(path, IntentKeys.Image), "an image reference like registry.example.com/team/app:1.2.3") is { } image)
        {
            if (ImageProblem(image) is { } problem)
            {
                reader.Error(imageNode, Join(path, IntentKeys.Image), problem);
            }
            else
            {
                intent = intent with { Image = image };
            }
        }

        if (fields[IntentKeys.Cpu] is { } cpuNode && reader.Cpu(cpuNode, Join(path, IntentKeys.Cpu)) is { } cpu)
        {
            intent = intent with { Cpu = cpu };
        }

        if (fields[IntentKeys.Memory] is { } memoryNode && reader.Memory(memoryNode, Join(path, IntentKeys.Memory)) is { } memory)
        {
            intent = intent with { Memory = memory };
        }

        if (fields[IntentKeys.Ports] is { } portsNode)
        {
            intent = intent with { Ports = ReadPorts(reader, portsNode, Join(path, IntentKeys.Ports)) };
        }

        if (fields[IntentKeys.MinInstances] is { } minNode
            && reader.Integer(minNode, Join(path, IntentKeys.MinInstances), IntentKeys.App.Range(IntentKeys.MinInstances), "the minimum number of running instances") is { } min)
        {
            intent = intent with { MinInstances = min, MaxInstances = fields.Contains(IntentKeys.MaxInstances) ? intent.MaxInstances : Math.Max(min, intent.MaxInstances) };
        }

        if (fields[IntentKeys.MaxInstances] is { } maxNode
            && reader.Integer(maxNode, Join(path, IntentKeys.MaxInstances), IntentKeys.App.Range(IntentKeys.MaxInstances), "the maximum number of running instances") is { } max)
        {
            intent = intent with { MaxInstances = max };
        }

        if (fields[IntentKeys.HealthChecks] is { } healthNode)
        {
            intent = ReadHealthChecks(reader, intent, healthNode, Join(path, IntentKeys.HealthChecks));
        }

        if (fields[IntentKeys.Environment] is { } envNode)
        {
            var environment = intent.Environment.ToBuilder();
            foreach (var (key, value, keyNode, _) in reader.StringMap(envNode, Join(path, IntentKeys.Environment), "{ LOG_LEVEL: info }"))
            {
                if (!KubernetesNames.IsEnvironmentVariableName(key))
                {
                    reader.Error(keyNode, Join(Join(path, IntentKeys.Environment), key),
                        $"'{key}' is not a valid environment variable name; use letters, digits and '_', not starting with a digit");
                    continue;
                }

                environment[key] = value;
            }

            intent = intent with { Environment = environment.ToImmutable() };
        }

        if (fields[IntentKeys.Secrets] is { } secretsNode)
        {
            intent = intent with { Secrets = ReadSecrets(reader, secretsNode, Join(path, IntentKeys.Secrets)) };
        }

        if (fields[IntentKeys.CustomDomains] is { } domainsNode)
        {
            intent = intent with { CustomDomains = ReadDomains(reader, domainsNode, Join(path, IntentKeys.CustomDomains)) };
        }

        if (fields[IntentKeys.Schedule] is { } scheduleNode && WorkingHoursParser.Read(reader, scheduleNode, Join(path, IntentKeys.Schedule)) is { } schedule)
        {
            intent = intent with { Schedule = schedule };
        }

        if (fields[IntentKeys.AllowFrom] is { } allowNode)
        {
            intent = intent with { AllowFrom = ReadAllowFrom(reader, allowNode, Join(path, IntentKeys.AllowFrom)) };
        }

        var sources = intent.FieldSources.ToBuilder();
        foreach (var key in IntentKeys.All)
        {
            if (fields[key] is { } node)
            {
                sources[key] = reader.At(node);
            }
        }

        return intent with { FieldSources = sources.ToImmutable() };
    }

    /// <summary>Rules that span fields, checked after every field was read (and again after overrides).</summary>
    private static ApplicationIntent Checked(YamlReader reader, ApplicationIntent intent, string path, YamlNode owner, YamlFields? fields)
    {
        if (intent.MinInstances > intent.MaxInstances)
        {
            var node = fields?[IntentKeys.MaxInstances] ?? fields?[IntentKeys.MinInstances] ?? owner;
            reader.Error(node, Join(path, IntentKeys.MaxInstances),
                $"max_running_instances ({intent.MaxInstances}) is below min_running_instances ({intent.MinInstances}); raise max_running_instances or lower min_running_instances");
        }

        if (intent.BuildMode == BuildMode.Image && intent.Image is null && fields?[IntentKeys.Image] is null)
        {
            reader.Error(owner, Join(path, IntentKeys.Image),
                "is required unless build_mode is DOCKER; set image to a pinned reference like registry.example.com/team/app:1.2.3");
        }

        var declared = intent.Ports.Select(p => p.Number).ToHashSet();
        foreach (var (probe, key) in new[] { (intent.Readiness, "readiness_probe"), (intent.Liveness, "liveness_probe") })
        {
            if (probe is not null && !declared.Contains(probe.Port))
            {
                var location = probe.Source ?? reader.At(owner);
                reader.Diagnostics.Error(location, $"{path}.{IntentKeys.HealthChecks}.{key}",
                    declared.Count == 0
                        ? $"checks port {probe.Port} but the app declares no ports; add it to ports or remove the probe"
                        : $"checks port {probe.Port}, which the app does not declare; use one of {string.Join(", ", declared.Order())} or add {probe.Port} to ports");
            }
            else if (probe is not null && intent.Ports.Single(p => p.Number == probe.Port).Protocol == PortProtocol.Udp)
            {
                reader.Diagnostics.Error(probe.Source ?? reader.At(owner), $"{path}.{IntentKeys.HealthChecks}.{key}",
                    $"checks UDP port {probe.Port}, but probes speak TCP or HTTP; check a TCP or HTTP port instead");
            }
        }

        if (intent.CustomDomains.Length > 0 && !intent.HasPublicPort)
        {
            var node = fields?[IntentKeys.CustomDomains] ?? owner;
            reader.Error(node, Join(path, IntentKeys.CustomDomains),
                "need a public port to route to; mark a port publicly accessible (ports: [ {8080: true} ]) or remove custom_domains");
        }

        foreach (var secret in intent.Secrets)
        {
            if (intent.Environment.ContainsKey(secret.EnvironmentVariable))
            {
                var node = fields?[IntentKeys.Secrets] ?? owner;
                reader.Error(node, $"{path}.{IntentKeys.Secrets}.{secret.EnvironmentVariable}",
                    $"is also set in environment_variables; keep '{secret.EnvironmentVariable}' in one place");
            }
        }

        return intent;
    }

    private static ImmutableArray<PortIntent> ReadPorts(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Sequence(node, path, "[ {8080: true}, {internal_port: 9090, publicly_accessible: false} ]") is not { } sequence)
        {
            return [];
        }

        var ports = new List<PortIntent>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = sequence.Children[i];
            if (reader.Mapping(item, itemPath, "{8080: true} or {internal_port: 8080, publicly_accessible: true}") is not { } map)
            {
                continue;
            }

            PortIntent? port = map.Children.Count == 1 && map.Children.Keys.Single() is YamlScalarNode { Value: var key } && IsPortNumberText(key)
                ? ReadShortPort(reader, map, itemPath)
                : ReadLongPort(reader, map, itemPath);
            if (port is null)
            {
                continue;
            }

            if (ports.Find(p => p.Number == port.Number) is { } sameNumber)
            {
                reader.Diagnostics.Error(port.Source, itemPath,
                    $"port {port.Number} is declared twice (first at line {sameNumber.Source.Line}); remove one");
            }
            else if (ports.Find(p => p.Name == port.Name) is { } sameName)
            {
                reader.Diagnostics.Error(port.Source, $"{itemPath}.name",
                    $"port name '{port.Name}' is already used by port {sameName.Number}; give each port its own name");
            }
            else
            {
                ports.Add(port);
            }
        }

        return [.. ports.OrderBy(p => p.Number)];
    }

    private static PortIntent? ReadShortPort(YamlReader reader, YamlMappingNode map, string path)
    {
        var (keyNode, valueNode) = map.Children.Single();
        var number = reader.Integer(keyNode, path, IntentKeys.PortNumber, "a port number");
        var isPublic = reader.Boolean(valueNode, $"{path}.{((YamlScalarNode)keyNode).Value}");
        return number is null || isPublic is null
            ? null
            : new PortIntent
            {
                Number = number.Value,
                IsPublic = isPublic.Value,
                Name = PortIntent.DefaultName(number.Value, PortProtocol.Http),
                Source = reader.At(keyNode),
            };
    }

    private static PortIntent? ReadLongPort(YamlReader reader, YamlMappingNode map, string path)
    {
        var fields = reader.Fields(map, path, IntentKeys.Port);
        if (fields["internal_port"] is not { } numberNode)
        {
            reader.Error(map, $"{path}.internal_port", "is missing; write the port as {8080: true} or {internal_port: 8080, publicly_accessible: true}");
            return null;
        }

        var number = reader.Integer(numberNode, $"{path}.internal_port", IntentKeys.Port.Range("internal_port"), "a port number");
        var isPublic = fields["publicly_accessible"] is { } publicNode ? reader.Boolean(publicNode, $"{path}.publicly_accessible") : false;
        var protocol = PortProtocol.Http;
        if (fields["protocol"] is { } protocolNode && reader.String(protocolNode, $"{path}.protocol", "HTTP, TCP or UDP") is { } protocolText)
        {
            switch (protocolText.ToUpperInvariant())
            {
                case "HTTP":
                    protocol = PortProtocol.Http;
                    break;
                case "TCP":
                    protocol = PortProtocol.Tcp;
                    break;
                case "UDP":
                    protocol = PortProtocol.Udp;
                    break;
                default:
                    reader.Error(protocolNode, $"{path}.protocol", $"'{protocolText}' is not supported; use HTTP, TCP or UDP");
                    return null;
            }
        }

        if (number is null || isPublic is null)
        {
            return null;
        }

        if (isPublic.Value && protocol != PortProtocol.Http)
        {
            reader.Error(fields["protocol"]!, $"{path}.protocol",
                $"a public port must be HTTP because it is exposed through the Ingress (an HTTP load balancer); set protocol: HTTP or publicly_accessible: false");
            return null;
        }

        var name = PortIntent.DefaultName(number.Value, protocol);
        if (fields["name"] is { } nameNode && reader.String(nameNode, $"{path}.name", "a port name like http") is { } explicitName)
        {
            if (!KubernetesNames.IsPortName(explicitName))
            {
                reader.Error(nameNode, $"{path}.name",
                    $"'{explicitName}' is not a valid port name (lower-case letters, digits and '-', at most 15 characters, at least one letter); use '{PortIntent.DefaultName(number.Value, protocol)}'");
                return null;
            }

            name = explicitName;
        }

        return new PortIntent { Number = number.Value, IsPublic = isPublic.Value, Name = name, Protocol = protocol, Source = reader.At(numberNode) };
    }

    private static ApplicationIntent ReadHealthChecks(YamlReader reader, ApplicationIntent intent, YamlNode node, string path)
    {
        if (reader.Mapping(node, path, "{ readiness_probe: { type: { http: { port: 8080, path: /healthz } } } }") is not { } map)
        {
            return intent;
        }

        var fields = reader.Fields(map, path, IntentKeys.HealthCheckProbes);
        if (fields["readiness_probe"] is { } readinessNode)
        {
            intent = intent with { Readiness = ReadProbe(reader, readinessNode, $"{path}.readiness_probe", isLiveness: false) };
        }

        if (fields["liveness_probe"] is { } livenessNode)
        {
            intent = intent with { Liveness = ReadProbe(reader, livenessNode, $"{path}.liveness_probe", isLiveness: true) };
        }

        return intent;
    }

    private static ProbeIntent? ReadProbe(YamlReader reader, YamlNode node, string path, bool isLiveness)
    {
        if (reader.Mapping(node, path, "{ type: { http: { port: 8080, path: /healthz } }, period_seconds: 10 }") is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, isLiveness ? IntentKeys.LivenessProbe : IntentKeys.Probe);
        if (fields["type"] is not { } typeNode)
        {
            reader.Error(map, $"{path}.type", "is missing; set type: { http: { port: 8080, path: /healthz } } or type: { tcp: { port: 8080 } }");
            return null;
        }

        if (reader.Mapping(typeNode, $"{path}.type", "{ http: { port: 8080, path: /healthz } }") is not { } typeMap)
        {
            return null;
        }

        var typeFields = reader.Fields(typeMap, $"{path}.type", IntentKeys.ProbeType);
        if (typeFields.Contains("http") == typeFields.Contains("tcp"))
        {
            reader.Error(typeMap, $"{path}.type", "set exactly one of http or tcp");
            return null;
        }

        var kind = typeFields.Contains("http") ? ProbeKind.Http : ProbeKind.Tcp;
        var kindKey = kind == ProbeKind.Http ? "http" : "tcp";
        var checkPath = $"{path}.type.{kindKey}";
        if (reader.Mapping(typeFields[kindKey]!, checkPath, kind == ProbeKind.Http ? "{ port: 8080, path: /healthz }" : "{ port: 8080 }") is not { } checkMap)
        {
            return null;
        }

        var checkFields = reader.Fields(checkMap, checkPath, kind == ProbeKind.Http ? IntentKeys.HttpCheck : IntentKeys.TcpCheck);
        if (checkFields["port"] is not { } portNode)
        {
            reader.Error(checkMap, $"{checkPath}.port", "is missing; set the port to check, one of the app's ports");
            return null;
        }

        var port = reader.Integer(portNode, $"{checkPath}.port", IntentKeys.PortNumber, "a port number");
        string? httpPath = null;
        if (kind == ProbeKind.Http)
        {
            httpPath = "/";
            if (checkFields["path"] is { } pathNode && reader.String(pathNode, $"{checkPath}.path", "an HTTP path like /healthz") is { } text)
            {
                if (!text.StartsWith('/') || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
                {
                    reader.Error(pathNode, $"{checkPath}.path", $"'{text}' is not an HTTP path; start it with '/' and leave out spaces");
                    return null;
                }

                httpPath = text;
            }
        }

        // Liveness probes are checked against the probe's range here; 'success_threshold must be 1' has its own message below.
        int Timing(string key, int fallback) =>
            fields[key] is { } timingNode ? reader.Integer(timingNode, $"{path}.{key}", IntentKeys.Probe.Range(key), key.Replace('_', ' ')) ?? fallback : fallback;

        var probe = new ProbeIntent
        {
            Kind = kind,
            Port = port ?? 0,
            Path = httpPath,
            InitialDelaySeconds = Timing("initial_delay_seconds", ProbeIntent.DefaultInitialDelaySeconds),
            PeriodSeconds = Timing("period_seconds", ProbeIntent.DefaultPeriodSeconds),
            TimeoutSeconds = Timing("timeout_seconds", ProbeIntent.DefaultTimeoutSeconds),
            SuccessThreshold = Timing("success_threshold", ProbeIntent.DefaultSuccessThreshold),
            FailureThreshold = Timing("failure_threshold", ProbeIntent.DefaultFailureThreshold),
            Source = reader.At(portNode),
        };

        if (isLiveness && probe.SuccessThreshold != 1)
        {
            reader.Error(fields["success_threshold"]!, $"{path}.success_threshold", "must be 1 for a liveness probe (a Kubernetes rule); remove it or set 1");
        }

        return port is null ? null : probe;
    }

    private static ImmutableArray<SecretReference> ReadSecrets(YamlReader reader, YamlNode node, string path)
    {
        const string Example = "{ DB_PASSWORD: { secret: db-credentials, key: password } }";
        if (reader.Mapping(node, path, Example) is not { } map)
        {
            return [];
        }

        var secrets = new List<SecretReference>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var variable = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var itemPath = $"{path}.{variable}";
            if (!KubernetesNames.IsEnvironmentVariableName(variable))
            {
                reader.Error(keyNode, itemPath, $"'{variable}' is not a valid environment variable name; use letters, digits and '_', not starting with a digit");
                continue;
            }

            if (valueNode is not YamlMappingNode referenceNode)
            {
                // Never echo the value: it may be a secret pasted by mistake.
                reader.Error(valueNode, itemPath,
                    $"secrets hold references to existing Kubernetes Secrets, never values; write {variable}: {{ secret: SECRET_NAME, key: KEY }} and store the value in the Secret");
                continue;
            }

            var fields = reader.Fields(referenceNode, itemPath, IntentKeys.SecretReference);
            var secretName = fields["secret"] is { } secretNode ? reader.String(secretNode, $"{itemPath}.secret", "the name of an existing Secret") : null;
            var key = fields["key"] is { } keyValueNode ? reader.String(keyValueNode, $"{itemPath}.key", "a key of that Secret") : null;
            if (fields["secret"] is null)
            {
                reader.Error(referenceNode, $"{itemPath}.secret", "is missing; name the existing Kubernetes Secret to read from");
            }

            if (fields["key"] is null)
            {
                reader.Error(referenceNode, $"{itemPath}.key", "is missing; name the key inside the Secret");
            }

            if (secretName is not null && !KubernetesNames.IsDnsSubdomain(secretName))
            {
                reader.Error(fields["secret"]!, $"{itemPath}.secret", $"'{secretName}' is not a valid Secret name; use lower-case letters, digits, '-' and '.' like '{Suggestions.ToDnsLabel(secretName)}'");
                continue;
            }

            if (key is not null && !KubernetesNames.IsSecretKey(key))
            {
                reader.Error(fields["key"]!, $"{itemPath}.key", $"'{key}' is not a valid Secret key; use letters, digits, '-', '_' and '.'");
                continue;
            }

            if (secretName is not null && key is not null)
            {
                secrets.Add(new SecretReference(variable, secretName, key));
            }
        }

        return [.. secrets.OrderBy(s => s.EnvironmentVariable, StringComparer.Ordinal)];
    }

    private static ImmutableArray<CustomDomain> ReadDomains(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Sequence(node, path, "[ { domain: api.example.com, generate_certificate: true } ]") is not { } sequence)
        {
            return [];
        }

        var domains = new List<CustomDomain>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (reader.Mapping(sequence.Children[i], itemPath, "{ domain: api.example.com, generate_certificate: true }") is not { } map)
            {
                continue;
            }

            var fields = reader.Fields(map, itemPath, IntentKeys.CustomDomain);
            if (fields["domain"] is not { } domainNode)
            {
                reader.Error(map, $"{itemPath}.domain", "is missing; set the host name, like api.example.com");
                continue;
            }

            var generate = fields["generate_certificate"] is { } generateNode ? reader.Boolean(generateNode, $"{itemPath}.generate_certificate") : true;
            if (reader.String(domainNode, $"{itemPath}.domain", "a host name like api.example.com") is not { } domain || generate is null)
            {
                continue;
            }

            if (!KubernetesNames.IsHostName(domain))
            {
                var hint = domain.Contains('*', StringComparison.Ordinal) ? "wildcards are not supported; list each host" : $"use a lower-case host name like '{domain.ToLowerInvariant().Trim('.')}'";
                reader.Error(domainNode, $"{itemPath}.domain", $"'{domain}' is not a valid host name; {hint}");
                continue;
            }

            if (domains.Exists(d => d.Domain == domain))
            {
                reader.Error(domainNode, $"{itemPath}.domain", $"'{domain}' is listed twice; remove one");
                continue;
            }

            domains.Add(new CustomDomain(domain, generate.Value, reader.At(domainNode)));
        }

        if (domains.Count(d => d.GenerateCertificate) > ManagedCertificateMaxDomains)
        {
            reader.Error(sequence, path, $"lists more than {ManagedCertificateMaxDomains} domains with generated certificates, the most one managed certificate holds; split the app or bring your own certificate");
        }

        return [.. domains.OrderBy(d => d.Domain, StringComparer.Ordinal)];
    }

    /// <summary>App names, each once; whether they exist is checked by the planner, which knows every app.</summary>
    private static ImmutableArray<AppReference> ReadAllowFrom(YamlReader reader, YamlNode node, string path)
    {
        var apps = new List<AppReference>();
        foreach (var (name, itemNode) in reader.StringList(node, path, "an app name"))
        {
            if (apps.Find(a => a.Name == name) is { } first)
            {
                reader.Error(itemNode, path, $"'{name}' is listed twice (first at line {first.Source.Line}); remove one");
                continue;
            }

            apps.Add(new AppReference(name, reader.At(itemNode)));
        }

        return [.. apps.OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    private static string? ImageProblem(string image)
    {
        if (image.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsAsciiLetterUpper(c)) && !image.Contains('@', StringComparison.Ordinal))
        {
            return $"'{image}' is not an image reference; use lower-case repository names like registry.example.com/team/app:1.2.3";
        }

        if (image.Contains('@', StringComparison.Ordinal))
        {
            return DigestPattern().IsMatch(image[(image.IndexOf('@', StringComparison.Ordinal) + 1)..])
                ? null
                : $"'{image}' has a malformed digest; use @sha256: followed by 64 hex digits";
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        if (colon < 0)
        {
            return $"'{image}' has no tag; pin a version like {image}:1.2.3 (or a digest)";
        }

        var tag = image[(colon + 1)..];
        if (tag == "latest")
        {
            return $"'{image}' uses the mutable tag 'latest'; pin a version like {image[..colon]}:1.2.3 (or a digest)";
        }

        return TagPattern().IsMatch(tag) ? null : $"'{image}' has an invalid tag '{tag}'; use letters, digits, '.', '_' and '-'";
    }

    private static bool IsPortNumberText(string? text) => text is not null && PlainInteger().IsMatch(text);

    private static string Join(string path, string key) => YamlReader.Join(path, key);

    [GeneratedRegex("^[0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainInteger();

    [GeneratedRegex(ValuePatterns.ImageTag, RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(ValuePatterns.Digest, RegexOptions.CultureInvariant)]
    private static partial Regex DigestPattern();
}
