using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Intents;

/// <summary>An app named in another app's intent (<c>allow_from</c>), with where it is written.</summary>
public sealed record AppReference(string Name, SourceLocation Source);
