using System.CommandLine;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Schema;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet schema</c>: writes the JSON Schemas of intents and stack files, generated from the parsers' key tables.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for the schema files (the repository keeps them in schemas/)", Required = true };
        var command = new Command("schema", $"Write the JSON Schemas (2020-12) for editors: {FleetSchemas.IntentFileName} and {FleetSchemas.StackFileName}")
        {
            output,
        };
        command.SetAction(parseResult =>
        {
            var directory = parseResult.GetValue(output)!.FullName;
            try
            {
                var written = FleetSchemas.WriteTo(directory);
                console.Output.WriteLine($"wrote {written.Count} schemas to {FleetLoader.Display(directory)}");
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{FleetLoader.Display(directory)}: cannot write the schemas ({ex.Message})");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
