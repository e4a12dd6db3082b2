using System.Text;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>A generated, valid fleet: clusters and apps that serialize to a stack file and intent files.</summary>
public sealed record FleetSpec(ClusterSpec[] Clusters, AppSpec[] Apps, string[]? StackApps, int FileCount)
{
    public string StackYaml()
    {
        var text = new StringBuilder();
        text.Append("config:\n  fleet:domain: fleet.example.com\n");
        if (StackApps is not null)
        {
            text.Append($"  fleet:apps: [{Quoted(StackApps)}]\n");
        }

        text.Append("  fleet:clusters:\n");
        foreach (var cluster in Clusters)
        {
            cluster.AppendTo(text);
        }

        // Generated requests and domains are random, not realistic: the policies that judge them are off here and
        // tested on purpose in Policies/.
        text.Append("  fleet:policies: { FI006: off, FI008: off, FI009: off }\n");
        return text.ToString();
    }

    /// <summary>Names as a YAML flow list of double-quoted strings, so that names like "no" or "123" stay text.</summary>
    public static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    /// <summary>The apps spread over <see cref="FileCount"/> files, apps in the order given.</summary>
    public IReadOnlyList<(string FileName, string Yaml)> AppFiles(IReadOnlyList<AppSpec> apps, string filePrefix)
    {
        var files = new List<(string, string)>();
        for (var file = 0; file < FileCount; file++)
        {
            var text = new StringBuilder("application:\n");
            var any = false;
            for (var i = file; i < apps.Count; i += FileCount)
            {
                apps[i].AppendTo(text);
                any = true;
            }

            if (any)
            {
                files.Add(($"{filePrefix}{file}.yaml", text.ToString()));
            }
        }

        return files;
    }
}

public sealed record ClusterSpec(string Name, bool IsGke, NodeGroupSpec[] NodeGroups, string[]? Apps, string? CertificateArn = null)
{
    public void AppendTo(StringBuilder text)
    {
        text.Append($"    - name: \"{Name}\"\n");
        text.Append(IsGke
            ? "      provider: gke\n      project: acme-dev\n      region: europe-west1\n"
            : "      provider: eks\n      region: us-east-1\n");
        text.Append("      kubernetesVersion: \"1.33\"\n      apiAccessCidrs: [203.0.113.0/24]\n      nodeGroups:\n");
        foreach (var group in NodeGroups)
        {
            var type = IsGke ? "e2-standard-4" : "m6i.large";
            var desired = group.Desired is { } d ? $", desiredSize: {d}" : string.Empty;
            text.Append($"        - {{ name: {group.Name}, instanceTypes: [{type}], minSize: {group.Min}, maxSize: {group.Max}{desired} }}\n");
        }

        if (Apps is not null)
        {
            text.Append($"      apps: [{FleetSpec.Quoted(Apps)}]\n");
        }

        if (CertificateArn is not null)
        {
            text.Append($"      certificateArn: {CertificateArn}\n");
        }
    }
}

public sealed record NodeGroupSpec(string Name, int Min, int Max, int? Desired);

public sealed record PortSpec(int Number, bool IsPublic, string? Name, string Protocol);

public sealed record AppSpec(
    string Name,
    string Image,
    string Cpu,
    string Memory,
    PortSpec[] Ports,
    int MinInstances,
    int MaxInstances,
    bool HttpReadiness,
    bool TcpLiveness,
    string[] EnvironmentValues,
    int SecretCount,
    string[] Domains)
{
    public bool HasPublicPort => Ports.Any(p => p.IsPublic);

    private static string DoubleQuoted(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    public void AppendTo(StringBuilder text)
    {
        text.Append($"  \"{Name}\":\n    image: {Image}\n    cpu: {Cpu}\n    memory: {Memory}\n");
        text.Append($"    min_running_instances: {MinInstances}\n    max_running_instances: {MaxInstances}\n");
        if (Ports.Length > 0)
        {
            text.Append("    ports:\n");
            foreach (var port in Ports)
            {
                text.Append($"      - internal_port: {port.Number}\n        publicly_accessible: {(port.IsPublic ? "true" : "false")}\n        protocol: {port.Protocol}\n");
                if (port.Name is not null)
                {
                    text.Append($"        name: {port.Name}\n");
                }
            }

            text.Append("    healthchecks:\n");
            text.Append(HttpReadiness
                ? $"      readiness_probe:\n        type: {{ http: {{ port: {Ports[0].Number}, path: /ready }} }}\n"
                : $"      readiness_probe:\n        type: {{ tcp: {{ port: {Ports[0].Number} }} }}\n        period_seconds: 15\n");
            if (TcpLiveness)
            {
                text.Append($"      liveness_probe:\n        type: {{ tcp: {{ port: {Ports[0].Number} }} }}\n        failure_threshold: 5\n");
            }
        }

        if (EnvironmentValues.Length > 0)
        {
            text.Append("    environment_variables:\n");
            for (var i = 0; i < EnvironmentValues.Length; i++)
            {
                text.Append($"      SETTING_{i}: \"{DoubleQuoted(EnvironmentValues[i])}\"\n");
            }
        }

        if (SecretCount > 0)
        {
            text.Append("    secrets:\n");
            for (var i = 0; i < SecretCount; i++)
            {
                text.Append($"      SECRET_{i}: {{ secret: {Name}-credentials, key: key-{i} }}\n");
            }
        }

        if (Domains.Length > 0)
        {
            text.Append("    custom_domains:\n");
            foreach (var domain in Domains)
            {
                text.Append($"      - domain: {domain}\n");
            }
        }
    }
}
