using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Schema.Reading;

/// <summary>
/// Reads and checks one YAML value; false after reporting why it is not one. Every diagnostic goes through
/// <paramref name="reader"/>, at the node's position and under <paramref name="path"/>.
/// </summary>
internal delegate bool ValueReader<TValue>(YamlReader reader, YamlNode node, string path, out TValue value);

/// <summary>A <see cref="ValueReader{TValue}"/> that sees what was read so far (a cluster's node groups see its provider).</summary>
internal delegate bool TargetValueReader<in TTarget, TValue>(YamlReader reader, YamlNode node, string path, TTarget target, out TValue value);
