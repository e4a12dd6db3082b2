using FleetInfra.Deploy.Commands;
using FleetInfra.Deploy.Interrupts;

namespace FleetInfra.Deploy.Tests;

/// <summary>Runs the real <c>fleet-deploy</c> entry point in-process over a fake engine and captures what it prints.</summary>
internal sealed record DeployRun(int ExitCode, string Output, string Error)
{
    public static DeployRun Of(FakeEngine engine, TempProject project, params string[] args)
    {
        using var interruption = new Interruption();
        return OfAsync(engine, project, interruption, args).GetAwaiter().GetResult();
    }

    public static Task<DeployRun> OfAsync(FakeEngine engine, TempProject project, Interruption interrupt, params string[] args) => Task.Run(() =>
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = DeployCli.Run([.. args, "--project", project.Root], new DeployConsole(output, error), engine, interrupt);
        return new DeployRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    });

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The summary table's row of a stack, cells trimmed.</summary>
    public string[] Row(string stack) =>
        OutputLines.Select(l => l.Split('│').Select(c => c.Trim()).ToArray()).First(cells => cells.Length > 2 && cells[1] == stack)[1..^1];
}
