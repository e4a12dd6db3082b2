namespace FleetInfra.Core.Schema;

/// <summary>
/// What a YAML value must look like, as data: the parsers read their ranges, patterns and enums from it, and
/// <see cref="JsonSchemaWriter"/> turns it into JSON Schema, so the two cannot drift apart.
/// </summary>
public abstract record ValueSpec;
