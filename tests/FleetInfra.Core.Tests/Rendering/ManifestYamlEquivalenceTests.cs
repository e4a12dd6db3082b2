using System.Text;
using CsCheck;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Core.Rendering.Emitting;
using FleetInfra.Core.Workloads;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>
/// ManifestYaml's fast writer against KubernetesClient's KubernetesYaml on generated objects full of values that
/// YAML treats specially (booleans, numbers, indicators, spaces, long and multi-line text): the bytes must be equal.
/// </summary>
public sealed class ManifestYamlEquivalenceTests
{
    private static readonly string[] TrickyTexts =
    [
        "", "y", "Y", "n", "N", "no", "No", "NO", "yes", "Yes", "on", "On", "off", "OFF", "true", "True", "false", "FALSE",
        "null", "Null", "NULL", "~", "nan", "NaN", ".nan", "inf", "Infinity", ".inf", "-.inf", "0", "1", "01", "-1", "+1", "1.5",
        "-.5", "1.", "1e3", "1E-3", "0x1F", "0o17", "0b101", "1_000", "1:30", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
        "1.33", "2026.11.25", "v1", "http", "TCP", "Prefix", "restricted", "latest", "app-1", "/healthz", "/", "0.0.0.0/0",
        "200-399", "25%", "%x", "x%", "@x", "x@y", "a:b", "a:", ":a", "a: b", "a #b", "a#b", "#x", "-x", "- x", "--", "---",
        "...", "a...", "?x", "? x", "!x", "&x", "*x", "|x", ">x", "`x`", "'q'", "\"dq\"", "x'y", "[x]", "{x}", "x,y", "<<", "=",
        " lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "end\n", "ünïcode", "emoji 🚀", "\u0007bell",
        """{"ingress": true}""", """{"default": "app-1"}""", """[{"HTTP": 80}, {"HTTPS": 443}]""",
        "200-399", "200-499", "10.0.0.0/8", "12345-6", "2001-1-1", "1e-3", "1E+5", "1-2", "9999-99", "0.5e-1x", "1x", "1g",
        "2001-12-14 21:59", "@x y", "{a: b}", "x: y", "'it''s'", "[1, 2]", "a, b", "#", "%", "{", "| x", "> x", "*", "&a b",
        "registry.example.com/app-1:1.1", "app-1.gke-0004.bench.example.com", "http://orders.orders.svc.cluster.local:8080",
        "arn:aws:acm:us-east-1:210987654321:certificate/3f1c2a9e-7b4d-4e8a-9c61-2d5f0e8b7a13",
        "a long sentence with spaces that keeps going well past the eighty column line width of the emitter, on and on",
        "alongtokenwithoutanyspacesthatkeepsgoingwellpasttheeightycolumnlinewidthoftheemitterandbeyondthat",
    ];

    private static readonly string[] Quantities = ["0", "1", "2", "100m", "250m", "1500m", "0.5", "1Gi", "1024Mi", "256Mi", "512M", "1e3", "2k", "1.5Gi"];

    // Text that YAML 1.1 reads as a number is where the writer deliberately quotes more than KubernetesYaml; tested apart.
    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOfConst(TrickyTexts)),
        (3, Gen.String[Gen.Char["abcxyz0189-._/:%@+ #'\"{}[],!&*?|>~\n"], 0, 14]),
        (1, Gen.Select(Gen.OneOfConst(TrickyTexts), Gen.OneOfConst(TrickyTexts), (a, b) => a + b)))
        .Where(t => !YamlScalars.ReadAsNumberByYaml11(t));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((3, Text.Select(t => (string?)t)), (1, Gen.Const((string?)null)));

    private static readonly Gen<Dictionary<string, string>?> Labels =
        Gen.Frequency(
            (4, Gen.Select(Text, Text).List[0, 5].Select(pairs => (Dictionary<string, string>?)pairs
                .DistinctBy(p => p.Item1, StringComparer.Ordinal)
                .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal))),
            (1, Gen.Const((Dictionary<string, string>?)null)));

    private static readonly Gen<IntOrString> IntOrText = Gen.OneOf(
        Gen.Int[-5, 70_000].Select(i => (IntOrString)i),
        Text.Where(t => t.Length > 0).Select(t => (IntOrString)t));

    private static readonly Gen<List<string>?> OptionalTexts =
        Gen.Frequency((3, Text.List[0, 3].Select(l => (List<string>?)l)), (1, Gen.Const((List<string>?)null)));

    private static readonly Gen<V1ObjectMeta> Metadata =
        from name in OptionalText
        from ns in OptionalText
        from labels in Labels
        from annotations in Labels
        from generation in Gen.Long[-3, 3].Nullable()
        from finalizers in OptionalTexts
        select new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels, Annotations = annotations, Generation = generation, Finalizers = finalizers };

    private static readonly Gen<V1Container> Container =
        from name in Text
        from image in OptionalText
        from args in OptionalTexts
        from env in Gen.Select(Text, OptionalText).List[0, 3]
        from port in IntOrText
        from cpu in Gen.OneOfConst(Quantities)
        from memory in Gen.OneOfConst(Quantities)
        from privileged in Gen.Bool.Nullable()
        select new V1Container
        {
            Name = name,
            Image = image,
            Args = args,
            Env = env.Count == 0 ? null : env.Select(e => new V1EnvVar { Name = e.Item1, Value = e.Item2 }).ToList(),
            Ports = [new V1ContainerPort { ContainerPort = 8080, Name = image }],
            ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = name, Port = port }, PeriodSeconds = 10 },
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpu), ["memory"] = new(memory) },
                Limits = new Dictionary<string, ResourceQuantity>(),
            },
            SecurityContext = new V1SecurityContext { Privileged = privileged, Capabilities = new V1Capabilities { Drop = [] } },
        };

    private static readonly Gen<IKubernetesObject> KubernetesObject = Gen.OneOf<IKubernetesObject>(
        from metadata in Metadata
        from data in Labels
        from immutable in Gen.Bool.Nullable()
        select new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = metadata, Data = data, Immutable = immutable },
        from metadata in Metadata
        from containers in Container.List[1, 3]
        from replicas in Gen.Int[0, 5].Nullable()
        from surge in IntOrText
        select new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = metadata,
            Spec = new V1DeploymentSpec
            {
                Replicas = replicas,
                Selector = new V1LabelSelector { MatchLabels = metadata.Labels },
                Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = surge } },
                Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta(), Spec = new V1PodSpec { Containers = containers } },
            },
        },
        from metadata in Metadata
        from hosts in Text.List[0, 3]
        select new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = metadata,
            Spec = new V1IngressSpec
            {
                Tls = [new V1IngressTLS { Hosts = hosts }],
                Rules = [.. hosts.Select(h => new V1IngressRule { Host = h, Http = new V1HTTPIngressRuleValue { Paths = [] } })],
            },
        },
        from metadata in Metadata
        from path in Text
        from interval in Gen.Int[1, 300].Nullable()
        select new BackendConfig
        {
            ApiVersion = BackendConfig.GroupVersion,
            Kind = BackendConfig.KindName,
            Metadata = metadata,
            Spec = new BackendConfigSpec { HealthCheck = new BackendHealthCheck { CheckIntervalSec = interval, Type = "HTTP", RequestPath = path, Port = 8080 } },
        },
        from metadata in Metadata
        from domains in Text.List[0, 3]
        select new ManagedCertificate
        {
            ApiVersion = ManagedCertificate.GroupVersion,
            Kind = ManagedCertificate.KindName,
            Metadata = metadata,
            Spec = new ManagedCertificateSpec { Domains = domains },
        });

    [Theory]
    [InlineData("0x1f")]
    [InlineData("0o17")]
    [InlineData("0b101")]
    [InlineData("017")]
    [InlineData("1_000")]
    [InlineData("+12")]
    [InlineData("1:30")]
    [InlineData(".5")]
    [InlineData("-.inf")]
    [InlineData(".nan")]
    [InlineData("12")]
    [InlineData("1.5")]
    public void Text_that_YAML_1_1_reads_as_a_number_is_double_quoted(string value)
    {
        var item = new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = "x", Labels = new Dictionary<string, string> { ["v"] = value } } };

        Assert.Equal($"---\napiVersion: v1\nkind: Namespace\nmetadata:\n  labels:\n    v: \"{value}\"\n  name: x\n", ManifestYaml.Serialize([item]));
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("ends with a break\nsecond\n")]
    [InlineData("x\n\ny")]
    [InlineData("key: value\n# not a comment\n- not an item")]
    [InlineData("{\"json\": true,\n\"x\": 1}")]
    [InlineData("0x1f\n1_000")]
    [InlineData("tab\tinside\nx")]
    [InlineData("ünïcode 中\nx")]
    [InlineData("{\n  \"pretty\": [1, 2],\n  \"json\": true\n}")]
    [InlineData("#!/bin/sh\nset -eu\nif true; then\n\techo indented\nfi\n")]
    public void Multi_line_text_is_a_literal_block_exactly_as_KubernetesYaml_writes_it(string value)
    {
        var item = new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "x" }, Data = new Dictionary<string, string> { ["text"] = value } };
        var fast = new StringBuilder();

        Assert.True(ManifestYamlWriter.TryWrite(fast, item));
        Assert.Equal(Reference(item), ManifestYaml.DocumentSeparator + fast);
        Assert.Contains("  text: |", fast.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  leading spaces\nx")]
    [InlineData("trailing space \nx")]
    [InlineData("x\n \ny")]
    [InlineData("x\n   \n  y")]
    [InlineData("two final breaks\n\n")]
    [InlineData("\nleading break")]
    [InlineData("one line\n")]
    [InlineData("\ttab first\nx")]
    [InlineData("emoji 🚀\nx")]
    [InlineData("line\u2028separator\nx")]
    [InlineData("carriage\r\nreturn")]
    public void Multi_line_text_the_writer_is_unsure_of_is_left_to_KubernetesYaml(string value)
    {
        var item = new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "x" }, Data = new Dictionary<string, string> { ["text"] = value } };

        Assert.False(ManifestYamlWriter.TryWrite(new StringBuilder(), item));
        Assert.Equal(Reference(item), ManifestYaml.Serialize([item]));
    }

    [Fact]
    public void Fast_writer_output_equals_KubernetesYaml_on_generated_objects()
    {
        KubernetesObject.Sample(
            item => Assert.Equal(Reference(item), ManifestYaml.Serialize([item])),
            iter: 400);
    }

    [Fact]
    public void Every_object_of_the_reference_fleet_takes_the_fast_path_and_matches_KubernetesYaml()
    {
        using var scratch = new ScratchFolder();
        var plan = FleetLoader.Load(new ReferenceFleet(2, 4).WriteTo(scratch.Path)).PlanOrThrow();

        foreach (var item in plan.Clusters.SelectMany(c => ClusterManifests.Render(c)).SelectMany(f => f.Objects))
        {
            var fast = new StringBuilder();
            Assert.True(ManifestYamlWriter.TryWrite(fast, item), $"{item.Kind} fell back to KubernetesYaml");
            Assert.Equal(Reference(item), ManifestYaml.DocumentSeparator + fast);
        }
    }

    [Fact]
    public void Reference_emitter_output_equals_KubernetesYaml_on_generated_objects()
    {
        KubernetesObject.Sample(
            item => Assert.Equal(KubernetesYaml.Serialize(item), ReferenceYamlEmitter.TrySerialize(item)),
            iter: 400);
    }

    [Fact]
    public void Reference_emitter_output_equals_KubernetesYaml_for_every_tricky_key_and_value()
    {
        foreach (var text in TrickyTexts.Concat(TrickyTexts.Select(t => t + "\n" + t)).Append("x\n \ny").Append("two final breaks\n\n"))
        {
            var map = new Dictionary<string, string> { [text] = text, ["k"] = text };
            var intOrStrings = new Dictionary<string, IntOrString> { ["k"] = text };
            Assert.Equal(KubernetesYaml.Serialize(map), ReferenceYamlEmitter.TrySerialize(map));
            Assert.Equal(KubernetesYaml.Serialize(intOrStrings), ReferenceYamlEmitter.TrySerialize(intOrStrings));
        }
    }

    [Fact]
    public void Reference_emitter_writes_null_map_values_and_list_items_as_KubernetesYaml_does()
    {
        var item = ConfigMap(new V1ObjectMeta { Name = "x", Finalizers = ["a", null!, "b"] }, new Dictionary<string, string> { ["empty"] = null!, ["x"] = "y" });

        Assert.Equal(KubernetesYaml.Serialize(item), ReferenceYamlEmitter.TrySerialize(item));
    }

    [Fact]
    public void Reference_emitter_leaves_floats_and_dates_to_KubernetesYaml()
    {
        var item = ConfigMap(new V1ObjectMeta { Name = "x", CreationTimestamp = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc) });

        Assert.Null(ReferenceYamlEmitter.TrySerialize(item));
        Assert.Equal(Reference(item), ManifestYaml.Serialize([item]));
    }

    private static V1ConfigMap ConfigMap(V1ObjectMeta metadata, Dictionary<string, string>? data = null) =>
        new() { ApiVersion = "v1", Kind = "ConfigMap", Metadata = metadata, Data = data };

    /// <summary>What KubernetesClient's own serializer writes, as one document.</summary>
    private static string Reference(object item)
    {
        var yaml = KubernetesYaml.Serialize(item).ReplaceLineEndings("\n");
        return ManifestYaml.DocumentSeparator + yaml + (yaml.EndsWith('\n') ? string.Empty : "\n");
    }

    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fleet-yaml-" + Guid.NewGuid().ToString("N"));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
