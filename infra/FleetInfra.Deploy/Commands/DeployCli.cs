using System.CommandLine;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// The <c>fleet-deploy</c> entry point: the <c>deploy</c> command tree at the root, engine operations run in-process
/// by <see cref="DeployRunner"/> over the given engine. Never a stack trace.
/// </summary>
public static class DeployCli
{
    public static int Run(string[] args, DeployConsole console, IStackEngine engine, Interruption? interrupt = null)
    {
        var deploy = DeployCommand.Create(console, new DeployRunner(engine, console).RunAsync, interrupt, engine);
        var root = new RootCommand("fleet-deploy: the fleet deploy commands over the Pulumi Automation API (fleet deploy hands over to it)");
        foreach (var subcommand in deploy.Subcommands.ToList())
        {
            root.Subcommands.Add(subcommand);
        }

        return CommandLineRunner.Run(root, args, console.Output, console.Error, "fleet deploy");
    }
}
