namespace FleetInfra.Core.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in the input, printed as <c>file:line:col: field.path: message</c>.
/// The message always says how to fix the problem.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, string FieldPath, string Message, Severity Severity = Severity.Error)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var prefix = Severity == Severity.Warning ? "warning: " : string.Empty;
        return string.IsNullOrEmpty(FieldPath)
            ? $"{Location}: {prefix}{Message}"
            : $"{Location}: {FieldPath}: {prefix}{Message}";
    }
}
