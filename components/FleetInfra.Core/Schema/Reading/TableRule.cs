using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Schema.Reading;

/// <summary>
/// A rule across the keys of one table (<c>min_running_instances</c> against <c>max_running_instances</c>), checked
/// after every key was read. Each rule is a small class of its own; the parser lists the rules of each table.
/// </summary>
internal abstract class TableRule<TTarget>
{
    /// <summary>Checks (and may complete) <paramref name="value"/>; false when it cannot be used, which skips the later rules.</summary>
    public abstract bool Check(TableContext context, ref TTarget value);
}

/// <summary>What a <see cref="TableRule{TTarget}"/> sees besides the value: where the table is and which keys are written.</summary>
/// <param name="Reader">Reports problems.</param>
/// <param name="Path">The table's field path, like <c>application.api</c>.</param>
/// <param name="Owner">The node problems point at when no key of the rule is written.</param>
/// <param name="Fields">The keys written; null when the table is empty (<c>my-app:</c> with nothing after it).</param>
internal readonly record struct TableContext(YamlReader Reader, string Path, YamlNode Owner, YamlFields? Fields)
{
    public YamlNode? this[string key] => Fields?[key];

    /// <summary>The prefix of the table's keys in field paths (<c>fleet:</c>); empty for most tables.</summary>
    public string KeyPrefix { get; init; } = string.Empty;

    public string PathOf(string key) => YamlReader.Join(Path, KeyPrefix + key);

    public void Error(YamlNode node, string key, string message) => Reader.Error(node, PathOf(key), message);

    public void Warning(YamlNode node, string key, string message) => Reader.Warning(node, PathOf(key), message);
}
