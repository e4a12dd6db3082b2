using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using k8s;
using Pulumi;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// Model values (KubernetesClient models and the renderer's custom resource records) as Pulumi inputs, read directly
/// from the objects: one converter per pair of model type and input type, built once from the types and cached.
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
    private static readonly ConcurrentDictionary<(Type Model, Type Input), Func<object, object?>> Converters = new();
    private static readonly MethodInfo MapEntriesMethod = typeof(ModelInputs).GetMethod(nameof(MapEntries), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static MappingFailure NoInput(Type argsType, string name) =>
        new($"{argsType.FullName} has no input '{name}'; the Pulumi.Kubernetes version does not match the manifest");

    /// <summary>
    /// The converter from a non-null value of <paramref name="modelType"/> to a value of <paramref name="inputType"/>
    /// (an input, args or plain type). It returns null for a value JSON writes as null (an int-or-string without a value).
    /// </summary>
    public static Func<object, object?> Converter(Type modelType, Type inputType) =>
        Converters.GetOrAdd((modelType, inputType), static key => Build(key.Model, key.Input));

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

    private static Func<object, object?> Build(Type modelType, Type inputType)
    {
        modelType = Nullable.GetUnderlyingType(modelType) ?? modelType;
        if (!IsReadable(modelType))
        {
            return value => JsonInputs.ToInput(inputType, JsonOf(value));
        }

        var definition = InputShapes.GenericInput(inputType);
        if (definition is null)
        {
            return Plain(modelType, inputType);
        }

        var arguments = inputType.GetGenericArguments();
        if (definition == typeof(InputList<>))
        {
            return ListOf(modelType, inputType, arguments[0]);
        }

        if (definition == typeof(InputMap<>))
        {
            return MapOf(modelType, inputType, arguments[0]);
        }

        if (definition == typeof(InputUnion<,>))
        {
            return UnionOf(modelType, inputType, arguments);
        }

        var plain = Plain(modelType, arguments[0]);
        var wrap = InputConversions.To(inputType, arguments[0]);
        return value => plain(value) is { } converted ? wrap(converted) : null;
    }

    /// <summary>A value as a plain type: an args type from an object model, or a scalar.</summary>
    private static Func<object, object?> Plain(Type modelType, Type plainType)
    {
        if (InputShapes.IsArgs(plainType) && IsObjectModel(modelType))
        {
            var plan = new Lazy<ModelPlan>(() => ModelPlan.For(modelType, plainType));
            return value => plan.Value.Map(value);
        }

        if (WireValue.IsScalar(modelType))
        {
            return value => WireValue.Of(value) is { Kind: not JsonValueKind.Null } wire ? wire.To(plainType) : null;
        }

        var kind = KindOf(modelType);
        return _ => throw InputShapes.DoesNotFit(kind, plainType);
    }

    private static Func<object, object?> ListOf(Type modelType, Type inputType, Type elementType)
    {
        if (ListElementType(modelType) is not { } modelElement)
        {
            var kind = KindOf(modelType);
            return _ => throw InputShapes.DoesNotFit(kind, inputType);
        }

        var item = Plain(Nullable.GetUnderlyingType(modelElement) ?? modelElement, elementType);
        var wrap = InputConversions.To(inputType, typeof(List<>).MakeGenericType(elementType));
        return value =>
        {
            var list = InputConversions.NewList(elementType);
            var index = 0;
            foreach (var element in (IEnumerable)value)
            {
                try
                {
                    list.Add((element is null ? null : item(element)) ?? throw InputShapes.DoesNotFit(JsonValueKind.Null, elementType));
                }
                catch (MappingFailure failure)
                {
                    throw failure.Under($"[{index}]");
                }

                index++;
            }

            return wrap(list);
        };
    }

    private static Func<object, object?> MapOf(Type modelType, Type inputType, Type valueType)
    {
        if (MapValueType(modelType) is not { } modelValue)
        {
            var kind = KindOf(modelType);
            return _ => throw InputShapes.DoesNotFit(kind, inputType);
        }

        var item = Plain(Nullable.GetUnderlyingType(modelValue) ?? modelValue, valueType);
        var entries = MapEntriesMethod.MakeGenericMethod(modelValue).CreateDelegate<Func<object, IEnumerable<(string Key, object? Value)>>>();
        var wrap = InputConversions.To(inputType, typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType));
        return value =>
        {
            var map = InputConversions.NewMap(valueType);
            foreach (var (key, element) in entries(value))
            {
                try
                {
                    map[key] = (element is null ? null : item(element)) ?? throw InputShapes.DoesNotFit(JsonValueKind.Null, valueType);
                }
                catch (MappingFailure failure)
                {
                    throw failure.Under(key);
                }
            }

            return wrap(map);
        };
    }

    /// <summary>The first branch that takes the value's wire kind, as the JSON mapping chooses it.</summary>
    private static Func<object, object?> UnionOf(Type modelType, Type inputType, Type[] branches)
    {
        var plains = branches.Select(b => Plain(modelType, b)).ToArray();
        var wraps = branches.Select(b => InputConversions.To(inputType, b)).ToArray();
        return value =>
        {
            var kind = WireValue.IsScalar(modelType) ? WireValue.Of(value).Kind : KindOf(modelType);
            if (kind == JsonValueKind.Null)
            {
                return null;
            }

            var branch = Array.FindIndex(branches, b => InputShapes.Accepts(b, kind));
            return branch < 0 ? throw InputShapes.DoesNotFit(kind, inputType) : wraps[branch](plains[branch](value)!);
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
