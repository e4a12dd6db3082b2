using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Cli;

/// <summary>Where commands write: results to standard output, problems to standard error.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public static CliConsole Standard => new(System.Console.Out, System.Console.Error);

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}
