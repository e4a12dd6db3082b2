using FleetInfra.Core.Config;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Tests.Schema;

/// <summary>
/// The tables the parsers walk are the parsers: every key has a reader, and every pattern the schema writes for such a
/// key is the one the parser runs. So a key cannot be in the schema and the docs but unread, or checked differently.
/// </summary>
public sealed class KeyTableReadingTests
{
    public static TheoryData<string> WalkedTables() => [.. Walked.Keys];

    private static readonly Dictionary<string, KeyTable> Walked = new(StringComparer.Ordinal)
    {
        ["application"] = IntentKeys.App,
        ["appOverride"] = IntentKeys.Overridable,
        ["healthchecks"] = IntentKeys.HealthCheckProbes,
        ["probe"] = IntentKeys.Probe,
        ["livenessProbe"] = IntentKeys.LivenessProbe,
        ["probeType"] = IntentKeys.ProbeType,
        ["httpCheck"] = IntentKeys.HttpCheck,
        ["tcpCheck"] = IntentKeys.TcpCheck,
        ["port"] = IntentKeys.Port,
        ["secretReference"] = IntentKeys.SecretReference,
        ["customDomain"] = IntentKeys.CustomDomain,
        ["config"] = StackKeys.Fleet,
        ["cluster"] = StackKeys.Cluster,
        ["nodeGroup"] = StackKeys.NodeGroup,
        ["taint"] = StackKeys.Taint,
        ["addons"] = StackKeys.Addons,
    };

    /// <summary>Keys whose text is read by a parser of its own, whose agreement with the pattern another test checks.</summary>
    private static readonly Dictionary<string, string> ReadByTheirOwnParser = new(StringComparer.Ordinal)
    {
        ["application.cpu"] = "CpuQuantity.TryParse (ValuePatternsTests: the pattern names every form it reads)",
        ["application.memory"] = "MemoryQuantity.TryParse (ValuePatternsTests: the pattern names every unit it knows)",
        ["appOverride.cpu"] = "CpuQuantity.TryParse, as application.cpu",
        ["appOverride.memory"] = "MemoryQuantity.TryParse, as application.memory",
        ["application.ports"] = "the short form's key is a number in IntentKeys.PortNumber's range (ValuePatternsTests: the pattern is that range)",
        ["config.policies"] = "PolicyLevelsParser",
    };

    [Theory]
    [MemberData(nameof(WalkedTables))]
    public void EveryKey_HasAReader(string table)
    {
        Assert.All(Walked[table].Keys, key => Assert.True(key.Read is not null, $"{table}.{key.Name} has no reader; give it one with KeyReading"));
    }

    [Theory]
    [MemberData(nameof(WalkedTables))]
    public void EveryPattern_IsTheOneTheParserRuns(string table)
    {
        foreach (var key in Walked[table].Keys.Where(k => !ReadByTheirOwnParser.ContainsKey($"{table}.{k.Name}")))
        {
            foreach (var text in Texts(key.Value))
            {
                Assert.True(text.Regex is not null, $"{table}.{key.Name}: the schema pattern {text.Pattern} is not compiled for the parser (use TextSpec.Matching(CompiledPatterns...))");
                Assert.Equal(text.Pattern, text.Regex!.ToString());
            }
        }
    }

    /// <summary>The text specs with a pattern directly under a key (nested tables are checked as tables of their own).</summary>
    private static IEnumerable<TextSpec> Texts(ValueSpec value) => value switch
    {
        TextSpec { Pattern: not null } text => [text],
        ListSpec list => Texts(list.Items),
        MapSpec map => [.. Texts(map.Keys), .. Texts(map.Values)],
        AnyOfSpec anyOf => anyOf.Options.SelectMany(Texts),
        _ => [],
    };
}
