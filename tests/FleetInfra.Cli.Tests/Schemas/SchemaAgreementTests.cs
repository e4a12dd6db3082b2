using FleetInfra.Cli.Tests.BadInput;

namespace FleetInfra.Cli.Tests.Schemas;

/// <summary>
/// The schemas and the parser agree: every valid sample and generated fleet validates, and every bad-input case that
/// the parser rejects for its shape (unknown key, wrong type, out of range, bad enum or pattern) is rejected by the
/// schema too. The cases only the parser can catch are listed below, each with the reason.
/// </summary>
public sealed class SchemaAgreementTests
{
    /// <summary>Corpus cases that a JSON Schema cannot reject, and why. The test fails if the schema starts catching one: then remove it here.</summary>
    internal static readonly IReadOnlyDictionary<string, string> ParserOnly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["allow-from-unknown-app"] = "cross-reference: allow_from names an app defined in another file",
        ["clusters-missing"] = "rule across keys: fleet:clusters is required unless fleet:clustersFrom makes the stack apps-only (ClustersOrClustersFrom)",
        ["yaml-multiple-documents-stack"] = "one document per stack file: the schema checks each document alone, and the extra one may omit fleet:clusters like an apps-only stack",
        ["review-suspended-on-a-stack-owning-clusters"] = "rule across keys: fleet:suspended belongs to apps-only stacks (ClustersOrClustersFrom)",
        ["review-idle-after-too-long"] = "range of a duration: the schema's pattern takes any whole number of minutes, hours or days; the parser caps fleet:idleAfter at 90d",
        ["allow-from-listed-twice"] = "duplicate: the same app twice in allow_from",
        ["team-app-owned-twice"] = "cross-reference: two teams list the same app",
        ["team-app-unknown"] = "cross-reference: a team lists an app no intent defines",
        ["team-app-without-owner"] = "cross-reference: an app of the stack that no team lists",
        ["team-declared-twice"] = "duplicate: two teams of the same name",
        ["team-budget-empty"] = "semantic: a budget must set at least one of cpu, memory and pods",
        ["policy-fi001-prod-single-replica"] = "policy over the plan: production and public ports decide",
        ["policy-fi005-team-over-budget"] = "policy over the plan: requests summed over a team's apps at max replicas",
        ["policy-fi006-domain-outside-stack"] = "policy over the plan: a custom domain compared with fleet:domain and fleet:allowedDomains",
        ["policy-fi008-app-larger-than-nodes"] = "policy over the plan: requests compared with the nodes' allocatable capacity",
        ["headroom-larger-than-node"] = "policy over the plan (FI008): a headroom pod compared with its node group's allocatable capacity",
        ["intent-schedule-in-production"] = "semantic: whether a stack is production (environment or fleet:allowSchedules) decides",
        ["override-schedule-in-production"] = "semantic: whether a stack is production (environment or fleet:allowSchedules) decides",
        ["stack-schedule-in-production"] = "semantic: whether a stack is production (environment or fleet:allowSchedules) decides",
        ["schedule-unknown-day"] = "semantic: day names inside a window's text (the schema checks the window's shape only)",
        ["stack-schedule-bad-window"] = "semantic: day names inside a window's text (the schema checks the window's shape only)",
        ["schedule-hour-out-of-range"] = "range of a time inside a window's text (25:00)",
        ["schedule-overnight-window"] = "comparison of two times inside a window's text (end before start)",
        ["schedule-unknown-timezone"] = "semantic: the IANA time zone database decides which names exist",
        ["addons-autoscaler-unpinned-kubernetes"] = "semantic: Cluster Autoscaler has a pinned release for some Kubernetes versions only",
        ["autoscaling-queue-pubsub-on-eks"] = "cross-reference: the clusters the app is placed on decide which cloud's queue KEDA can read",
        ["autoscaling-queue-sqs-on-gke"] = "cross-reference: the clusters the app is placed on decide which cloud's queue KEDA can read",
        ["cpu-finer-than-millicore"] = "semantic: the precision of a quantity in text (0.5000 is whole millicores, 0.0005 is not)",
        ["cpu-too-large"] = "range of a quantity in text: '128' is cores, compared after converting units",
        ["dns-cluster-zone-of-other-provider"] = "semantic: the cluster's provider decides which zone its dns may name",
        ["dns-host-published-by-two-providers"] = "cross-reference: which zones the clusters' hosts land in depends on the apps and the planned records",
        ["dns-host-published-by-two-stacks"] = "cross-reference: the other stack files of the folder publish the same host",
        ["domain-without-public-port"] = "semantic: custom_domains need a public port among the app's ports",
        ["duplicate-app-across-documents"] = "duplicate: the same app in two documents, each valid alone",
        ["duplicate-app-across-files"] = "duplicate: the same app in two files, each valid alone",
        ["duplicate-app-in-one-file"] = "YAML: duplicate keys are gone once the document is JSON (editors flag them as YAML errors)",
        ["duplicate-cluster"] = "duplicate: two clusters with one name (uniqueItems compares whole items, not names)",
        ["duplicate-custom-domain"] = "duplicate: two custom domains with one host",
        ["duplicate-node-group"] = "duplicate: two node groups with one name",
        ["instances-min-above-max"] = "semantic: min_running_instances compared with max_running_instances",
        ["memory-too-large"] = "range of a quantity in text: '1Ti' is compared after converting units",
        ["memory-too-small"] = "range of a quantity in text: '1Mi' is compared after converting units",
        ["node-group-desired-outside-range"] = "semantic: desiredSize compared with minSize and maxSize",
        ["node-group-gke-two-machine-types"] = "semantic: the cluster's provider limits its node groups' instanceTypes",
        ["node-group-min-above-max"] = "semantic: minSize compared with maxSize",
        ["override-min-above-max"] = "semantic: the override's instances compared with each other and the intent's",
        ["override-unknown-app"] = "cross-reference: the app named in appOverrides must exist in the intents",
        ["port-name-repeated"] = "duplicate: two ports with one name",
        ["port-public-tcp"] = "semantic: a public port's protocol depends on publicly_accessible",
        ["port-repeated"] = "duplicate: two ports with one number",
        ["probe-app-without-ports"] = "cross-reference: the probe's port must be one of the app's ports",
        ["probe-undeclared-port"] = "cross-reference: the probe's port must be one of the app's ports",
        ["public-app-without-domain"] = "cross-reference: a public app needs fleet:domain from the stack file or custom_domains",
        ["secret-also-in-environment"] = "semantic: a variable in both secrets and environment_variables",
        ["select-unknown-app-in-cluster-apps"] = "cross-reference: the app named in a cluster's apps must exist in the intents",
        ["select-unknown-app-in-fleet-apps"] = "cross-reference: the app named in fleet:apps must exist in the intents",
        ["stack-apps-folder-missing"] = "file system: the apps folder does not exist",
        ["stack-docker-build-without-registry"] = "cross-reference: build_mode DOCKER needs fleet:imageRegistry from the stack file",
        ["yaml-alias-bomb"] = "YAML: an input limit (expanded size) the loader enforces before any document exists",
        ["yaml-bad-indentation"] = "YAML: a syntax error, not a document",
        ["yaml-comments-only-apps-file"] = "YAML: a file with no document gives the schema nothing to check",
        ["yaml-complex-app-key"] = "YAML: a list used as a key has no JSON form",
        ["yaml-duplicate-key"] = "YAML: duplicate keys are gone once the document is JSON (editors flag them as YAML errors)",
        ["yaml-empty-apps-file"] = "YAML: an empty file gives the schema nothing to check",
        ["yaml-empty-stack-file"] = "YAML: an empty file gives the schema nothing to check",
        ["yaml-flow-list-runs-into-next-key"] = "YAML: a syntax error, not a document",
        ["yaml-line-with-only-colon"] = "YAML: a syntax error, not a document",
        ["yaml-malformed-tag"] = "YAML: a syntax error, not a document",
        ["yaml-non-utf8-bytes"] = "YAML: an encoding error, not a document",
        ["yaml-tab-indentation"] = "YAML: a syntax error, not a document",
        ["yaml-unclosed-flow-sequence"] = "YAML: a syntax error, not a document",
        ["yaml-undefined-alias"] = "YAML: an alias without an anchor, not a document",
        ["yaml-unterminated-quote"] = "YAML: a syntax error, not a document",
        ["yaml-utf16-stack-file"] = "YAML: an encoding error, not a document",
    };

    public static TheoryData<string> Cases() => BadInputCorpusTests.Cases();

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        var roots = new[] { "stacks", Path.Combine("tests", "FleetInfra.Core.Tests", "Golden", "Input") };
        foreach (var root in roots)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRun.RepositoryRoot, root), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(CliRun.RepositoryRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void SampleFile_ValidatesAgainstItsSchema(string relativePath)
    {
        var problems = FleetSchemaValidator.Problems(Path.Combine(CliRun.RepositoryRoot, relativePath));

        Assert.NotNull(problems);
        Assert.True(problems.Count == 0, $"{relativePath}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void GeneratedFleet_ValidatesAgainstTheSchemas()
    {
        var scratch = Directory.CreateTempSubdirectory("fleet-schema-generate-");
        try
        {
            Assert.Equal(0, CliRun.Of("generate", "--clusters", "3", "--apps", "7", "--out", scratch.FullName).ExitCode);
            var files = Directory.EnumerateFiles(scratch.FullName, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

            Assert.True(files.Count >= 2, "fleet generate wrote no stack file and intents");
            Assert.All(files, file =>
            {
                var problems = FleetSchemaValidator.Problems(file);
                Assert.NotNull(problems);
                Assert.True(problems.Count == 0, $"{Path.GetFileName(file)}:\n{string.Join('\n', problems)}");
            });
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CorpusCase_SchemaAgreesWithTheParser(string caseName)
    {
        var folder = Path.Combine(BadInputCorpusTests.CorpusFolder, caseName);
        var erroring = ErroringFiles(folder);
        var files = Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .ToList();
        var verdicts = files.ToDictionary(f => f, f => FleetSchemaValidator.Problems(Path.Combine(folder, f)));

        // Files the parser accepts are valid for the schema too.
        foreach (var file in files.Where(f => !erroring.Contains(f) && verdicts[f] is not null))
        {
            Assert.True(verdicts[file]!.Count == 0, $"{caseName}/{file} has no parser error, but the schema rejects it:\n{string.Join('\n', verdicts[file]!)}");
        }

        var rejected = erroring.Where(f => verdicts.TryGetValue(f, out var problems) && problems is { Count: > 0 }).ToList();
        if (ParserOnly.TryGetValue(caseName, out var reason))
        {
            Assert.True(rejected.Count == 0,
                $"{caseName} is listed as parser-only ({reason}), but the schema rejects {string.Join(", ", rejected)}: remove it from ParserOnly");
        }
        else
        {
            Assert.True(rejected.Count > 0,
                $"{caseName}: the parser rejects {string.Join(", ", erroring)} but the schema accepts it; tighten the key tables or list the case in ParserOnly with the reason");
        }
    }

    [Fact]
    public void ParserOnly_NamesExistingCases()
    {
        var cases = ((IEnumerable<object[]>)Cases()).Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(ParserOnly.Keys, name => Assert.Contains(name, cases));
    }

    /// <summary>The files, relative to the case folder, that expected.txt names in an error (warnings aside).</summary>
    private static HashSet<string> ErroringFiles(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Where(line => line.Length > 0 && !line.Contains(": warning: ", StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
}
