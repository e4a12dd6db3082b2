using System.Collections.Immutable;

namespace FleetInfra.Core.Diagnostics;

/// <summary>Thrown by convenience entry points when input has errors; carries every diagnostic.</summary>
public sealed class FleetValidationException(ImmutableArray<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError)))
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}
