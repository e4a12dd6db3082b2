using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Pulumi;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>One <c>[Input("name")]</c> member of a Pulumi input type: its type and a compiled setter.</summary>
internal sealed record InputMember(string Name, Type Type, Action<object, object?> Set);

/// <summary>
/// A Pulumi input type (<c>DeploymentArgs</c>, <c>ContainerArgs</c>, ...) as the mapper uses it, built once per type:
/// a compiled constructor and its inputs by wire name, each with a compiled setter (no reflection per value).
/// </summary>
internal sealed class InputType
{
    private static readonly ConcurrentDictionary<Type, InputType> ByType = new();

    private InputType(Type type)
    {
        Type = type;
        Create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(type), typeof(object))).Compile();
        Members = FindInputMembers(type);
    }

    public Type Type { get; }

    public Func<object> Create { get; }

    public IReadOnlyDictionary<string, InputMember> Members { get; }

    public static InputType For(Type argsType) => ByType.GetOrAdd(argsType, static type => new InputType(type));

    /// <summary>Generated input types put <c>[Input]</c> on a property, or on the backing field of list and map properties.</summary>
    private static Dictionary<string, InputMember> FindInputMembers(Type argsType)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var members = new Dictionary<string, InputMember>(StringComparer.Ordinal);
        for (var type = argsType; type is not null && type != typeof(ResourceArgs); type = type.BaseType)
        {
            foreach (var field in type.GetFields(flags))
            {
                if (InputName(field) is { } name)
                {
                    members.TryAdd(name, new InputMember(name, field.FieldType, Setter(field, field.FieldType)));
                }
            }

            foreach (var property in type.GetProperties(flags))
            {
                if (InputName(property) is { } name && property.SetMethod is not null)
                {
                    members.TryAdd(name, new InputMember(name, property.PropertyType, Setter(property, property.PropertyType)));
                }
            }
        }

        return members;
    }

    private static Action<object, object?> Setter(MemberInfo member, Type valueType)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var access = Expression.MakeMemberAccess(Expression.Convert(target, member.DeclaringType!), member);
        var assign = Expression.Assign(access, Expression.Convert(value, valueType));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
    }

    /// <summary>The wire name given to <c>[Input("name")]</c> (the attribute keeps it internal).</summary>
    private static string? InputName(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute))?.ConstructorArguments[0].Value as string;
}
