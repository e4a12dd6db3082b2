using System.CommandLine;
using FleetInfra.Cli;
using FleetInfra.Cli.Commands;
using FleetInfra.Cli.Deploy;
using FleetInfra.Deploy;
using FleetInfra.Deploy.Commands;

return FleetCli.Run(args, CliConsole.Standard);

namespace FleetInfra.Cli
{
    /// <summary>The <c>fleet</c> command line: exit 0 on success, 1 on bad input, 2 on bad usage; never a stack trace.</summary>
    internal static class FleetCli
    {
        private static DeployConsole Deploy(CliConsole console) =>
            console.Output == System.Console.Out ? DeployConsole.Standard : new DeployConsole(console.Output, console.Error);

        public static int Run(string[] args, CliConsole console)
        {
            var root = new RootCommand("FleetInfra: validate, plan and render a fleet of EKS and GKE clusters from app intents, offline; deploy stacks from CI")
            {
                ValidateCommand.Create(console),
                PlanCommand.Create(console),
                RenderCommand.Create(console),
                GenerateCommand.Create(console),
                DeployCommand.Create(Deploy(console), EngineAdapter.Handler(args.SkipWhile(a => a != DeployCommand.Name).Skip(1).ToArray(), Deploy(console))),
            };

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    console.Error.WriteLine($"fleet: {error.Message}");
                }

                console.Error.WriteLine("run 'fleet --help' for usage");
                return ExitCodes.Usage;
            }

            try
            {
                return parseResult.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
            }
            catch (Exception ex)
            {
                console.Error.WriteLine($"fleet: internal error: {ex.GetType().Name}: {ex.Message}. Please report this with the command you ran.");
                return ExitCodes.InternalError;
            }
        }
    }
}
