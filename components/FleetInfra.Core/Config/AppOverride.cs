using FleetInfra.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>A stack's per-app override, kept as YAML until planning applies it to the intent it names.</summary>
public sealed record AppOverride(string AppName, SourceLocation Source, YamlMappingNode Node, string DisplayPath);
