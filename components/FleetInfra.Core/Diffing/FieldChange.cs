namespace FleetInfra.Core.Diffing;

/// <summary>One field of a rendered object that differs, with its values as one-line YAML (null where the field is absent).</summary>
/// <param name="Path">The field, like <c>spec.template.spec.containers[orders].resources.requests.cpu</c>: list items that have a <c>name</c> are named by it.</param>
/// <param name="Before">The value at the base.</param>
/// <param name="After">The value in the working tree.</param>
public sealed record FieldChange(string Path, string? Before, string? After);
