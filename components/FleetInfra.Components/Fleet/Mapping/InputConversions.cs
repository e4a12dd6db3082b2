using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// The implicit conversions the Pulumi input types declare (<c>string</c> to <c>Input&lt;string&gt;</c>, <c>List&lt;T&gt;</c>
/// to <c>InputList&lt;T&gt;</c>, ...), and constructors of the plain lists and maps they take, compiled once per type pair.
/// </summary>
internal static class InputConversions
{
    private static readonly ConcurrentDictionary<(Type Input, Type Value), Func<object, object>> Conversions = new();
    private static readonly ConcurrentDictionary<Type, Func<IList>> Lists = new();
    private static readonly ConcurrentDictionary<Type, Func<IDictionary>> Maps = new();

    /// <summary>Wraps a plain value with the implicit conversion <paramref name="inputType"/> declares from <paramref name="valueType"/>.</summary>
    public static Func<object, object> To(Type inputType, Type valueType) => Conversions.GetOrAdd((inputType, valueType), static key =>
    {
        var conversion = key.Input.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Implicit" && m.ReturnType == key.Input && m.GetParameters()[0].ParameterType == key.Value)
            ?? throw new InvalidOperationException($"{InputShapes.Describe(key.Input)} has no conversion from {InputShapes.Describe(key.Value)}");
        var value = Expression.Parameter(typeof(object), "value");
        var call = Expression.Call(conversion, Expression.Convert(value, key.Value));
        return Expression.Lambda<Func<object, object>>(Expression.Convert(call, typeof(object)), value).Compile();
    });

    /// <summary>A new <c>List&lt;T&gt;</c>.</summary>
    public static IList NewList(Type elementType) =>
        Lists.GetOrAdd(elementType, static type => New<IList>(typeof(List<>).MakeGenericType(type)))();

    /// <summary>A new <c>Dictionary&lt;string, T&gt;</c> with ordinal keys.</summary>
    public static IDictionary NewMap(Type valueType) =>
        Maps.GetOrAdd(valueType, static type => New<IDictionary>(typeof(Dictionary<,>).MakeGenericType(typeof(string), type)))();

    private static Func<T> New<T>(Type type) => Expression.Lambda<Func<T>>(Expression.Convert(Expression.New(type), typeof(T))).Compile();
}
