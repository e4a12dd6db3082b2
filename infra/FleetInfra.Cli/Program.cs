using System.CommandLine;
using FleetInfra.Cli;
using FleetInfra.Cli.Commands;

return FleetCli.Run(args, CliConsole.Standard);

namespace FleetInfra.Cli
{
    /// <summary>The <c>fleet</c> command line: exit 0 on success, 1 on bad input, 2 on bad usage, 75 when another render holds the output; never a stack trace.</summary>
    internal static class FleetCli
    {
        public static int Run(string[] args, CliConsole console)
        {
            var root = new RootCommand("FleetInfra: validate, plan and render a fleet of EKS and GKE clusters from app intents, offline")
            {
                ValidateCommand.Create(console),
                PlanCommand.Create(console),
                RenderCommand.Create(console),
                GenerateCommand.Create(console),
                PolicyCommand.Create(console),
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
