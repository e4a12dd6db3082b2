using System.Text.Json;
using FleetInfra.Core.Schema;
using FleetInfra.Tests.Shared;
using Json.Schema;

namespace FleetInfra.Cli.Tests.Schemas;

/// <summary>The committed schemas loaded into JsonSchema.Net: a stack file is checked against one, an intent file against the other.</summary>
internal static class FleetSchemaValidator
{
    private static readonly Lazy<JsonSchema> Intent = new(() => Load(FleetSchemas.IntentFileName));

    private static readonly Lazy<JsonSchema> Stack = new(() => Load(FleetSchemas.StackFileName));

    public static string SchemaFolder => Path.Combine(CliRun.RepositoryRoot, FleetSchemas.Folder);

    /// <summary>Whether the file is a stack file (<c>Pulumi.*.yaml</c>) rather than an intent file.</summary>
    public static bool IsStackFile(string path) => Path.GetFileName(path).StartsWith("Pulumi.", StringComparison.Ordinal);

    /// <summary>
    /// The schema's complaints about every document of the file, one line each (location and message); empty when it
    /// validates. Null when the file is not YAML the schema can see (the loader refuses it).
    /// </summary>
    public static IReadOnlyList<string>? Problems(string path)
    {
        if (YamlJson.Documents(path) is not { } documents)
        {
            return null;
        }

        var schema = IsStackFile(path) ? Stack.Value : Intent.Value;
        return [.. documents.SelectMany(document => Problems(schema, document))];
    }

    public static IEnumerable<string> Problems(JsonSchema schema, JsonElement instance) => SchemaProblems.Of(schema, instance);

    private static JsonSchema Load(string fileName) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolder, fileName)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
