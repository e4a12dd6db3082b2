using System.Text.Json;
using Pulumi;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>Which wire values a Pulumi input's plain type accepts, and how types are named in mapping errors.</summary>
internal static class InputShapes
{
    public static bool IsArgs(Type type) => typeof(ResourceArgs).IsAssignableFrom(type);

    /// <summary>Strings fit <c>string</c>, numbers <c>int</c> or <c>double</c>, booleans <c>bool</c>, objects an args type.</summary>
    public static bool Accepts(Type type, JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => type == typeof(string),
        JsonValueKind.Number => type == typeof(int) || type == typeof(double),
        JsonValueKind.True or JsonValueKind.False => type == typeof(bool),
        JsonValueKind.Object => IsArgs(type),
        _ => false,
    };

    public static MappingFailure DoesNotFit(JsonValueKind kind, Type type) => new($"a {kind} value does not fit {Describe(type)}");

    /// <summary><c>InputMap&lt;String&gt;</c> rather than <c>InputMap`1</c>.</summary>
    public static string Describe(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
        : type.Name;

    /// <summary>The definition of a generic input type (<c>Input&lt;&gt;</c>, <c>InputList&lt;&gt;</c>, ...), or null.</summary>
    public static Type? GenericInput(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Input<>) || definition == typeof(InputList<>) || definition == typeof(InputMap<>) || definition == typeof(InputUnion<,>))
            ? definition
            : null;
}
