using System.Collections.Concurrent;
using System.Text.Json;
using Pulumi;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>How a Pulumi input member takes its value: one plain value, a list or a map of them, or one of two.</summary>
internal enum InputForm
{
    /// <summary><c>Input&lt;T&gt;</c>, or a plain <c>T</c>.</summary>
    Value,

    /// <summary><c>InputList&lt;T&gt;</c>: a JSON array of <c>T</c>.</summary>
    List,

    /// <summary><c>InputMap&lt;T&gt;</c>: a JSON object of <c>T</c> values.</summary>
    Map,

    /// <summary><c>InputUnion&lt;T0, T1&gt;</c>: the first branch that takes the value's JSON kind.</summary>
    Union,
}

/// <summary>
/// What one input member accepts, read once from its type. Plain types are <c>string</c> (a JSON string), <c>int</c>
/// or <c>double</c> (a number), <c>bool</c>, or an args type (an object checked against its <see cref="InputSchema"/>);
/// any other plain type takes nothing, as the typed args could not hold a JSON value in it.
/// </summary>
internal sealed class InputShape
{
    private static readonly ConcurrentDictionary<Type, InputShape> ByType = new();

    private InputShape(Type type)
    {
        Type = type;
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        (Form, Plain) = definition switch
        {
            _ when definition == typeof(Input<>) => (InputForm.Value, arguments),
            _ when definition == typeof(InputList<>) => (InputForm.List, arguments),
            _ when definition == typeof(InputMap<>) => (InputForm.Map, arguments),
            _ when definition == typeof(InputUnion<,>) => (InputForm.Union, arguments),
            _ => (InputForm.Value, new[] { type }),
        };
    }

    /// <summary>The member's type, as mapping errors name it.</summary>
    public Type Type { get; }

    public InputForm Form { get; }

    /// <summary>The plain type of a value, list element or map value; both branches of a union.</summary>
    public IReadOnlyList<Type> Plain { get; }

    public static InputShape For(Type type) => ByType.GetOrAdd(type, static t => new InputShape(t));

    public static bool IsArgs(Type type) => typeof(ResourceArgs).IsAssignableFrom(type);

    /// <summary>Strings fit <c>string</c>, numbers <c>int</c> or <c>double</c>, booleans <c>bool</c>, objects an args type.</summary>
    public static bool Accepts(Type plain, JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => plain == typeof(string),
        JsonValueKind.Number => plain == typeof(int) || plain == typeof(double),
        JsonValueKind.True or JsonValueKind.False => plain == typeof(bool),
        JsonValueKind.Object => IsArgs(plain),
        _ => false,
    };

    /// <summary>The plain type a union takes a value of this kind as, or null when neither branch does.</summary>
    public Type? Branch(JsonValueKind kind) => Plain.FirstOrDefault(p => Accepts(p, kind));

    public MappingFailure DoesNotFit(JsonValueKind kind) => DoesNotFit(kind, Type);

    public static MappingFailure DoesNotFit(JsonValueKind kind, Type type) => new($"a {kind} value does not fit {Describe(type)}");

    /// <summary><c>InputMap&lt;String&gt;</c> rather than <c>InputMap`1</c>.</summary>
    public static string Describe(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
        : type.Name;
}
