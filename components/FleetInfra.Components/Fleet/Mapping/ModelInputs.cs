using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using k8s;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// Model values (KubernetesClient models and the renderer's custom resource records) as Pulumi input values, read
/// directly from the objects and checked against the typed input schema: one converter per pair of model type and
/// input shape, built once from the types and cached.
/// </summary>
/// <remarks>
/// The result is what <see cref="JsonInputs"/> makes of the model's JSON (KubernetesClient's serializer, as the
/// offline renderer writes it), without writing or parsing JSON: the same wire names, nulls left out, the same
/// number, int-or-string and quantity forms, and the same failures. A value of a type this walk does not read itself
/// (dates, byte arrays, untyped objects, anything with its own JSON converter) is written as JSON and mapped by
/// <see cref="JsonInputs"/>, so correctness never depends on this walk covering every type.
/// </remarks>
internal static class ModelInputs
{
    private static readonly ConcurrentDictionary<(Type Model, InputShape Shape), Func<object, object?>> Members = new();
    private static readonly ConcurrentDictionary<(Type Model, Type Plain), Func<object, object?>> Plains = new();
    private static readonly MethodInfo MapEntriesMethod = typeof(ModelInputs).GetMethod(nameof(MapEntries), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The converter from a non-null value of <paramref name="modelType"/> to the value an input member of
    /// <paramref name="shape"/> takes. It returns null for a value JSON writes as null (an int-or-string without a value).
    /// </summary>
    public static Func<object, object?> ForMember(Type modelType, InputShape shape) =>
        Members.GetOrAdd((Nullable.GetUnderlyingType(modelType) ?? modelType, shape), static key => BuildMember(key.Model, key.Shape));

    /// <summary>Object models are walked property by property; scalars, lists and maps have converters of their own.</summary>
    public static bool IsObjectModel(Type type) =>
        type.IsClass && !type.IsAbstract && type != typeof(string) && type != typeof(object) && !typeof(IEnumerable).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
        && type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>() is null;

    /// <summary>Types this walk reads itself: scalars, object models, and lists and maps of those.</summary>
    private static bool IsReadable(Type type) =>
        WireValue.IsScalar(type) || IsObjectModel(type)
        || (MapValueType(type) is { } value && IsReadable(Nullable.GetUnderlyingType(value) ?? value))
        || (ListElementType(type) is { } element && IsReadable(Nullable.GetUnderlyingType(element) ?? element));

    private static Func<object, object?> BuildMember(Type modelType, InputShape shape)
    {
        if (!IsReadable(modelType))
        {
            return value => JsonInputs.ToMember(shape, JsonOf(value));
        }

        return shape.Form switch
        {
            InputForm.List => ListOf(modelType, shape),
            InputForm.Map => MapOf(modelType, shape),
            InputForm.Union => UnionOf(modelType, shape),
            _ => Plain(modelType, shape.Plain[0]),
        };
    }

    /// <summary>A value as a plain type: an object of an args type from an object model, or a scalar.</summary>
    private static Func<object, object?> Plain(Type modelType, Type plainType) =>
        Plains.GetOrAdd((Nullable.GetUnderlyingType(modelType) ?? modelType, plainType), static key => BuildPlain(key.Model, key.Plain));

    private static Func<object, object?> BuildPlain(Type modelType, Type plainType)
    {
        if (InputShape.IsArgs(plainType) && IsObjectModel(modelType))
        {
            // Resolved on first use: model types may refer to themselves.
            var plan = new Lazy<ModelPlan>(() => ModelPlan.For(modelType, InputSchema.For(plainType)));
            return value => plan.Value.Map(value);
        }

        if (WireValue.IsScalar(modelType))
        {
            return value => WireValue.Of(value) is { Kind: not JsonValueKind.Null } wire ? wire.To(plainType) : null;
        }

        var kind = KindOf(modelType);
        return _ => throw InputShape.DoesNotFit(kind, plainType);
    }

    private static Func<object, object?> ListOf(Type modelType, InputShape shape)
    {
        if (ListElementType(modelType) is not { } modelElement)
        {
            return DoesNotFit(modelType, shape);
        }

        var elementType = shape.Plain[0];
        var item = Plain(modelElement, elementType);
        return value =>
        {
            var items = ImmutableArray.CreateBuilder<object?>(value is ICollection collection ? collection.Count : 4);
            foreach (var element in (IEnumerable)value)
            {
                try
                {
                    items.Add(Item(item, element, elementType));
                }
                catch (MappingFailure failure)
                {
                    throw failure.Under($"[{items.Count}]");
                }
            }

            return items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable();
        };
    }

    private static Func<object, object?> MapOf(Type modelType, InputShape shape)
    {
        if (MapValueType(modelType) is not { } modelValue)
        {
            return DoesNotFit(modelType, shape);
        }

        var valueType = shape.Plain[0];
        var item = Plain(modelValue, valueType);
        var entries = MapEntriesMethod.MakeGenericMethod(modelValue).CreateDelegate<Func<object, IEnumerable<(string Key, object? Value)>>>();
        return value =>
        {
            var map = new Dictionary<string, object?>(value is ICollection collection ? collection.Count : 4, StringComparer.Ordinal);
            foreach (var (key, element) in entries(value))
            {
                try
                {
                    map[key] = Item(item, element, valueType);
                }
                catch (MappingFailure failure)
                {
                    throw failure.Under(key);
                }
            }

            return map;
        };
    }

    /// <summary>A converter that fails for any value: the model type's JSON kind does not fit the shape.</summary>
    private static Func<object, object?> DoesNotFit(Type modelType, InputShape shape)
    {
        var kind = KindOf(modelType);
        return _ => throw shape.DoesNotFit(kind);
    }

    /// <summary>A list element or map value: null, or an int-or-string without a value, fits no plain type.</summary>
    private static object Item(Func<object, object?> convert, object? element, Type plainType) =>
        (element is null ? null : convert(element)) ?? throw InputShape.DoesNotFit(JsonValueKind.Null, plainType);

    /// <summary>The first branch that takes the value's JSON kind, as the typed args choose it.</summary>
    private static Func<object, object?> UnionOf(Type modelType, InputShape shape)
    {
        var plains = shape.Plain.Select(p => Plain(modelType, p)).ToArray();
        var scalar = WireValue.IsScalar(modelType);
        var fixedKind = KindOf(modelType);
        return value =>
        {
            var kind = scalar ? WireValue.Of(value).Kind : fixedKind;
            if (kind == JsonValueKind.Null)
            {
                return null;
            }

            for (var i = 0; i < plains.Length; i++)
            {
                if (InputShape.Accepts(shape.Plain[i], kind))
                {
                    return plains[i](value);
                }
            }

            throw shape.DoesNotFit(kind);
        };
    }

    /// <summary>The JSON kind of a non-scalar model type.</summary>
    private static JsonValueKind KindOf(Type modelType) =>
        MapValueType(modelType) is not null || IsObjectModel(modelType) ? JsonValueKind.Object
        : ListElementType(modelType) is not null ? JsonValueKind.Array
        : JsonValueKind.Undefined;

    private static Type? MapValueType(Type type) =>
        Enumerated(type) is { IsGenericType: true } pair && pair.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && pair.GetGenericArguments()[0] == typeof(string)
            ? pair.GetGenericArguments()[1]
            : null;

    private static Type? ListElementType(Type type) =>
        type != typeof(string) && MapValueType(type) is null ? Enumerated(type) : null;

    /// <summary>T of the <c>IEnumerable&lt;T&gt;</c> the type is or implements.</summary>
    private static Type? Enumerated(Type type)
    {
        static bool IsEnumerable(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>);
        var enumerable = IsEnumerable(type) ? type : type.GetInterfaces().FirstOrDefault(IsEnumerable);
        return enumerable?.GetGenericArguments()[0];
    }

    private static IEnumerable<(string Key, object? Value)> MapEntries<TValue>(object map)
    {
        foreach (var (key, value) in (IEnumerable<KeyValuePair<string, TValue>>)map)
        {
            yield return (key, value);
        }
    }

    private static JsonElement JsonOf(object value)
    {
        using var document = JsonDocument.Parse(KubernetesJson.Serialize(value));
        return document.RootElement.Clone();
    }
}
