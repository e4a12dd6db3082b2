using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// How one object model type becomes one Pulumi args type, built once: for each property KubernetesClient's JSON
/// serializer writes (its wire name, a compiled getter), the args member of that name with its converter and compiled
/// setter, or, when the args type has no such input, a failure for any value other than null.
/// </summary>
internal sealed class ModelPlan
{
    private static readonly ConcurrentDictionary<(Type Model, Type Args), ModelPlan> Plans = new();

    private readonly InputType _args;
    private readonly Field[] _fields;

    private ModelPlan(Type modelType, Type argsType)
    {
        _args = InputType.For(argsType);
        _fields = [.. WireProperties(modelType).Select(p => _args.Members.TryGetValue(p.Name, out var member)
            ? new Field(p.Name, p.Get, ModelInputs.Converter(p.Type, member.Type), member.Set)
            : new Field(p.Name, p.Get, null, null))];
    }

    public static ModelPlan For(Type modelType, Type argsType) =>
        Plans.GetOrAdd((modelType, argsType), static key => new ModelPlan(key.Model, key.Args));

    /// <summary>A new args object with every non-null property of the model set.</summary>
    public object Map(object model)
    {
        var args = _args.Create();
        foreach (var field in _fields)
        {
            if (field.Get(model) is not { } value)
            {
                continue;
            }

            object? input;
            try
            {
                input = field.Convert is null ? throw ModelInputs.NoInput(_args.Type, field.Name) : field.Convert(value);
            }
            catch (MappingFailure failure)
            {
                throw failure.Under(field.Name);
            }

            if (input is not null)
            {
                field.Set!(args, input);
            }
        }

        return args;
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

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var model = Expression.Parameter(typeof(object), "model");
        var read = Expression.Property(Expression.Convert(model, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), model).Compile();
    }

    private sealed record Field(string Name, Func<object, object?> Get, Func<object, object?>? Convert, Action<object, object?>? Set);
}
