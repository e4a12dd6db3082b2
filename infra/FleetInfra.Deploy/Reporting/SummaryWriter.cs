using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FleetInfra.Deploy.Running;
using Spectre.Console;

namespace FleetInfra.Deploy.Reporting;

/// <summary>The end of a run: the summary table, the stacks that may still be locked, and the optional JSON and Markdown files.</summary>
public static class SummaryWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = DeployJson.Default,
    };

    public static void Write(DeployConsole console, DeployReport report, DeployOptions options)
    {
        var rows = report.Stacks.Select(SummaryRow.From).ToList();
        WriteTable(console, rows);
        foreach (var failed in rows.Where(r => r.Error is not null))
        {
            console.Error.WriteLine($"fleet deploy: {failed.Stack}: {failed.Error}");
        }

        foreach (var stack in report.PossiblyLocked)
        {
            console.Error.WriteLine(
                $"fleet deploy: {stack} may still be locked by the interrupted {report.Operation.Name()}: check with 'pulumi stack -s {stack}' and release it with 'pulumi cancel -s {stack}' (Pulumi Cloud) or by removing the lock file under .pulumi/locks (file and object-store backends)");
        }

        WriteFiles(report, options);
    }

    /// <summary>The <c>--json</c> and <c>--markdown</c> files only: written on every exit, a refused or invalid run too.</summary>
    public static void WriteFiles(DeployReport report, DeployOptions options)
    {
        var rows = report.Stacks.Select(SummaryRow.From).ToList();
        if (options.JsonFile is { } json)
        {
            var document = new SummaryDocument(SummaryDocument.CurrentSchemaVersion, report.Operation.Name(), report.ExitCode, report.Error, rows, [.. report.PossiblyLocked], WaveRow.Of(rows));
            WriteFile(json, JsonSerializer.Serialize(document, (JsonTypeInfo<SummaryDocument>)JsonOptions.GetTypeInfo(typeof(SummaryDocument))) + "\n");
        }

        if (options.MarkdownFile is { } markdown)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdown))!);
            File.AppendAllText(markdown, SummaryMarkdown.Of(report, rows));
        }
    }

    private static void WriteTable(DeployConsole console, IReadOnlyList<SummaryRow> rows)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Output),
            Ansi = console.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!console.IsTerminal)
        {
            terminal.Profile.Width = 160;
        }

        var table = new Table().AddColumns([.. SummaryRow.Headers]);
        foreach (var row in rows)
        {
            table.AddRow([.. row.Cells.Select(Markup.Escape)]);
        }

        terminal.Write(table);
    }

    /// <summary>Writes through a temporary sibling file, so a reader never sees half a summary.</summary>
    private static void WriteFile(string path, string content)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, full, overwrite: true);
    }
}
