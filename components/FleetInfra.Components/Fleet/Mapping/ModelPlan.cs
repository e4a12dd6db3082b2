using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// How one object model type becomes the input values of one args type, built once: for each property
/// KubernetesClient's JSON serializer writes (its wire name, a compiled getter), the converter to the shape of the
/// input of that name, or, when the args type has no such input, a failure for any value other than null.
/// </summary>
internal sealed class ModelPlan
{
    private static readonly ConcurrentDictionary<(Type Model, InputSchema Schema), ModelPlan> Plans = new();
    private static readonly MethodInfo GetterMethod = typeof(ModelPlan).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly InputSchema _schema;
    private readonly Field[] _fields;

    private ModelPlan(Type modelType, InputSchema schema)
    {
        _schema = schema;
        _fields = [.. WireProperties(modelType).Select(p => new Field(
            p.Name, p.Get, schema.Members.TryGetValue(p.Name, out var shape) ? ModelInputs.ForMember(p.Type, shape) : null))];
    }

    public static ModelPlan For(Type modelType, InputSchema schema) =>
        Plans.GetOrAdd((modelType, schema), static key => new ModelPlan(key.Model, key.Schema));

    /// <summary>Every non-null property of the model as its input value, by wire name.</summary>
    public Dictionary<string, object?> Map(object model)
    {
        var values = new Dictionary<string, object?>(_fields.Length, StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            if (field.Get(model) is not { } value)
            {
                continue;
            }

            object? input;
            try
            {
                input = field.Convert is null ? throw _schema.NoInput(field.Name) : field.Convert(value);
            }
            catch (MappingFailure failure)
            {
                throw failure.Under(field.Name);
            }

            if (input is not null)
            {
                values[field.Name] = input;
            }
        }

        return values;
    }

    /// <summary>The public readable properties System.Text.Json writes, by wire name: <c>[JsonPropertyName]</c> or camelCase.</summary>
    private static IEnumerable<(string Name, Type Type, Func<object, object?> Get)> WireProperties(Type modelType)
    {
        foreach (var property in modelType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0
                || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            yield return (name, property.PropertyType, Getter(property));
        }
    }

    /// <summary>
    /// A delegate to the property's compiled getter. Not an expression tree: every live dynamic method costs the finalizer
    /// thread work at each garbage collection, and a registration run collects hundreds of times.
    /// </summary>
    private static Func<object, object?> Getter(PropertyInfo property) =>
        (Func<object, object?>)GetterMethod.MakeGenericMethod(property.DeclaringType!, property.PropertyType).Invoke(null, [property.GetMethod])!;

    private static Func<object, object?> TypedGetter<TModel, TValue>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TModel, TValue>>();
        return model => get((TModel)model);
    }

    private sealed record Field(string Name, Func<object, object?> Get, Func<object, object?>? Convert);
}
