namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// A value that cannot become its Pulumi input, thrown from deep inside a mapping; each enclosing object or list adds
/// its segment on the way out, so the path is built only when something fails.
/// </summary>
internal sealed class MappingFailure(string reason) : Exception(reason)
{
    /// <summary>The field path below the point where the failure was caught, for example <c>spec.ports[1].port</c>.</summary>
    public string FieldPath { get; private set; } = string.Empty;

    /// <summary>Puts a property name or a list index (<c>[3]</c>) in front of the path.</summary>
    public MappingFailure Under(string segment)
    {
        if (segment.Length > 0)
        {
            FieldPath = FieldPath.Length == 0 ? segment : FieldPath[0] == '[' ? segment + FieldPath : $"{segment}.{FieldPath}";
        }

        return this;
    }

    /// <summary>The error the mapper reports: <c>path: reason</c>.</summary>
    public InvalidOperationException ToError(string path) => new($"{Under(path).FieldPath}: {Message}");
}
