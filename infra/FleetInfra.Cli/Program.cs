using System.CommandLine;
using FleetInfra.Cli;
using FleetInfra.Cli.Commands;
using FleetInfra.Cli.Deploy;
using FleetInfra.Deploy;
using FleetInfra.Deploy.Commands;

return FleetCli.Run(args, CliConsole.Standard);

namespace FleetInfra.Cli
{
    /// <summary>The <c>fleet</c> command line: exit 0 on success, 1 on bad input, 2 on bad usage, 75 when another render holds the output; never a stack trace.</summary>
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
                CostCommand.Create(console),
                DiffCommand.Create(console),
                ReportCommand.Create(console),
                GenerateCommand.Create(console),
                SchemaCommand.Create(console),
                DeployCommand.Create(Deploy(console), EngineAdapter.Handler(args.SkipWhile(a => a != DeployCommand.Name).Skip(1).ToArray(), Deploy(console))),
                PolicyCommand.Create(console),
                PricesCommand.Create(console),
                ReviewCommand.Create(console),
            };

            return CommandLineRunner.Run(root, args, console.Output, console.Error, "fleet");
        }
    }
}
