using FleetInfra.Core.Diagnostics;
using Spectre.Console;

namespace FleetInfra.Cli;

/// <summary>Where commands write: results to standard output, problems to standard error.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public static CliConsole Standard => new(System.Console.Out, System.Console.Error);

    /// <summary>A Spectre console on <see cref="Output"/>: colours on a terminal, plain and 200 columns wide when redirected.</summary>
    public IAnsiConsole Terminal() => CliTerminal.For(Output);

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}
