using System.Text.Encodings.Web;
using System.Text.Json;
using FleetInfra.Core.Config;
using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Schema;

/// <summary>The two JSON Schemas FleetInfra publishes for editors, generated from <see cref="IntentKeys"/> and <see cref="StackKeys"/>.</summary>
public static class FleetSchemas
{
    public const string IntentFileName = "application-intent.schema.json";

    public const string StackFileName = "fleet-stack.schema.json";

    /// <summary>The folder, relative to the repository root, that holds the committed schemas.</summary>
    public const string Folder = "schemas";

    public const string IntentPageName = "intent.md";

    public const string StackPageName = "stack.md";

    /// <summary>The folder, relative to the repository root, that holds the committed reference pages.</summary>
    public const string PagesFolder = "docs/reference";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string IntentSchema() =>
        Serialize(JsonSchemaWriter.Document(IntentKeys.TopLevel, "FleetInfra application intent (stacks/apps/*.yaml)"));

    public static string StackSchema() =>
        Serialize(JsonSchemaWriter.Document(StackKeys.StackFile, "FleetInfra Pulumi stack file (stacks/Pulumi.<stack>.yaml)"));

    public static string IntentPage() =>
        ReferencePageWriter.Page(IntentKeys.TopLevel, "Application intent reference (stacks/apps/*.yaml)", "components/FleetInfra.Core/Intents/IntentKeys.cs", IntentFileName);

    public static string StackPage() =>
        ReferencePageWriter.Page(StackKeys.StackFile, "Stack file reference (stacks/Pulumi.<stack>.yaml)", "components/FleetInfra.Core/Config/StackKeys.cs", StackFileName);

    /// <summary>Every reference page as its file name and Markdown, in a stable order.</summary>
    public static IReadOnlyList<(string FileName, string Markdown)> Pages() =>
        [(IntentPageName, IntentPage()), (StackPageName, StackPage())];

    /// <summary>Every schema as its file name and text, in a stable order.</summary>
    public static IReadOnlyList<(string FileName, string Json)> All() =>
        [(IntentFileName, IntentSchema()), (StackFileName, StackSchema())];

    /// <summary>Writes every schema into <paramref name="directory"/> (created if needed); returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTo(string directory) => Write(directory, All());

    /// <summary>Writes every reference page into <paramref name="directory"/> (created if needed); returns the paths written.</summary>
    public static IReadOnlyList<string> WritePagesTo(string directory) => Write(directory, Pages());

    private static List<string> Write(string directory, IReadOnlyList<(string FileName, string Text)> files)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (fileName, json) in files)
        {
            var path = Path.Combine(directory, fileName);
            File.WriteAllText(path, json);
            written.Add(path);
        }

        return written;
    }

    private static string Serialize(System.Text.Json.Nodes.JsonObject document) =>
        document.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
}
