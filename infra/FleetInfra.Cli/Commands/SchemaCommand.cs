using System.CommandLine;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Schema;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// <c>fleet schema</c>: writes the JSON Schemas of intents and stack files, and with <c>--docs</c> their reference pages,
/// generated from the parsers' key tables.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for the schema files (the repository keeps them in schemas/)", Required = true };
        var docs = new Option<DirectoryInfo>("--docs")
        {
            Description = $"Also write the reference pages {FleetSchemas.IntentPageName} and {FleetSchemas.StackPageName} here (the repository keeps them in {FleetSchemas.PagesFolder}/)",
        };
        var command = new Command("schema", $"Write the JSON Schemas (2020-12) for editors: {FleetSchemas.IntentFileName} and {FleetSchemas.StackFileName}")
        {
            output,
            docs,
        };
        command.SetAction(parseResult =>
        {
            var directory = parseResult.GetValue(output)!.FullName;
            try
            {
                var written = FleetSchemas.WriteTo(directory);
                console.Output.WriteLine($"wrote {written.Count} schemas to {FleetLoader.Display(directory)}");
                if (parseResult.GetValue(docs)?.FullName is { } pages)
                {
                    directory = pages;
                    var writtenPages = FleetSchemas.WritePagesTo(pages);
                    console.Output.WriteLine($"wrote {writtenPages.Count} reference pages to {FleetLoader.Display(pages)}");
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{FleetLoader.Display(directory)}: cannot write the schemas or pages ({ex.Message})");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
