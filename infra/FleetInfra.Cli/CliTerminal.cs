using Spectre.Console;

namespace FleetInfra.Cli;

/// <summary>A Spectre.Console terminal over a command's output: colours on a real terminal, plain 200-column text otherwise.</summary>
internal static class CliTerminal
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var isConsole = writer == System.Console.Out;
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isConsole ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!isConsole)
        {
            terminal.Profile.Width = 200;
        }

        return terminal;
    }
}
