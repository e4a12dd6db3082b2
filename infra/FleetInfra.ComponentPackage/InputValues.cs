using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// Resolves Pulumi args to plain values: every set <see cref="InputAttribute"/> property by its schema name, with
/// <c>Input&lt;T&gt;</c>, <c>InputList&lt;T&gt;</c> and <c>InputMap&lt;T&gt;</c> awaited and nested args as maps, so the
/// values can be read by the stack file's parser. Unset inputs are absent.
/// </summary>
internal static class InputValues
{
    private static readonly MethodInfo FromInputMethod =
        typeof(InputValues).GetMethod(nameof(FromInput), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The set inputs of <paramref name="args"/>, sorted by name, leaving out those named in <paramref name="except"/>.</summary>
    public static Output<ImmutableSortedDictionary<string, object>> Resolve(ResourceArgs args, params string[] except)
    {
        var entries = args.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => (Property: property, Name: InputName(property)))
            .Where(p => p.Name is not null && !except.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => (Name: p.Name!, Value: p.Property.GetValue(args)))
            .Where(p => p.Value is not null)
            .Select(p => Value(p.Value).Apply(value => KeyValuePair.Create(p.Name, value)))
            .ToList();
        return Output.All(entries).Apply(all => all
            .Where(e => e.Value is not null)
            .ToImmutableSortedDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal));
    }

    private static Output<object?> Value(object? value) => value switch
    {
        null => Output.Create((object?)null),
        string or bool or int or long or double => Output.Create<object?>(value),
        ResourceArgs nested => Resolve(nested).Apply(map => (object?)map),
        _ when InputValueType(value.GetType()) is { } type => (Output<object?>)FromInputMethod.MakeGenericMethod(type).Invoke(null, [value])!,
        IDictionary map => Output.All(map.Keys.Cast<string>().Select(key => Value(map[key]).Apply(v => KeyValuePair.Create(key, v))))
            .Apply(all => (object?)all.Where(e => e.Value is not null).ToImmutableSortedDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal)),
        IEnumerable items => Output.All(items.Cast<object?>().Select(Value)).Apply(all => (object?)all.ToList()),
        _ => throw new ArgumentException($"an input of type {value.GetType().Name} cannot be read; use text, numbers, booleans, lists and maps"),
    };

    /// <summary>The schema name of an <see cref="InputAttribute"/> property (its first constructor argument), else null.</summary>
    private static string? InputName(PropertyInfo property) =>
        property.GetCustomAttributesData()
            .FirstOrDefault(a => a.AttributeType == typeof(InputAttribute))?
            .ConstructorArguments[0].Value as string;

    private static Output<object?> FromInput<T>(Input<T> input) => input.Apply(value => Value(value));

    /// <summary>The <c>T</c> of <c>Input&lt;T&gt;</c> when <paramref name="type"/> is one (InputList and InputMap are).</summary>
    private static Type? InputValueType(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Input<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
