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
    public IAnsiConsole Terminal()
    {
        var interactive = Output == System.Console.Out;
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive)
        {
            terminal.Profile.Width = 200;
        }

        return terminal;
    }

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}
