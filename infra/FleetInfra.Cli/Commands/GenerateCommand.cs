using System.CommandLine;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet generate</c>: writes the reference workload of docs/performance.md, to reproduce its numbers.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var clusters = new Option<int>("--clusters", "-c") { Description = "Number of clusters; the first half EKS, the rest GKE", Required = true };
        var apps = new Option<int>("--apps", "-a") { Description = "Number of apps, each deployed to every cluster", Required = true };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for Pulumi.bench.yaml and apps/", Required = true };
        var classes = new Option<bool>("--classes") { Description = "Write the clusters through 3 cluster classes, one line each (renders the same)" };
        var command = new Command("generate", "Write the reference workload (a stack file and its intents) for performance measurements")
        {
            clusters,
            apps,
            output,
            classes,
        };
        command.SetAction(parseResult =>
        {
            var clusterCount = parseResult.GetValue(clusters);
            var appCount = parseResult.GetValue(apps);
            if (clusterCount < 1 || appCount < 1)
            {
                console.Error.WriteLine("fleet generate: --clusters and --apps must be at least 1");
                return ExitCodes.Usage;
            }

            var directory = parseResult.GetValue(output)!.FullName;
            try
            {
                var stackFile = new ReferenceFleet(clusterCount, appCount) { WithClasses = parseResult.GetValue(classes) }.WriteTo(directory);
                console.Output.WriteLine(
                    $"wrote {clusterCount} clusters x {appCount} apps to {FleetLoader.Display(directory)}; render with: fleet render --config {FleetLoader.Display(stackFile)} --out DIR");
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{FleetLoader.Display(directory)}: cannot write the workload ({ex.Message})");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
