using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Yaml;

/// <summary>A parsed YAML file: its display path and the root node of each document.</summary>
public sealed record YamlFile(string DisplayPath, IReadOnlyList<YamlNode> Documents);
