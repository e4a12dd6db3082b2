using System.Collections.Concurrent;
using System.Reflection;
using Pulumi;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// The inputs of a Pulumi.Kubernetes args type (<c>DeploymentArgs</c>, <c>ContainerArgs</c>, ...) by wire name, each
/// with the shape it accepts: read once per type from the generated <c>[Input("name")]</c> members and cached.
/// </summary>
/// <remarks>
/// The typed args classes are the schema of the Kubernetes API version this Pulumi.Kubernetes release knows; no args
/// object is ever created. The mapper checks every value against this schema and registers the values themselves.
/// </remarks>
internal sealed class InputSchema
{
    private static readonly ConcurrentDictionary<Type, InputSchema> ByType = new();

    private InputSchema(Type argsType)
    {
        ArgsType = argsType;
        Members = FindInputMembers(argsType);
    }

    public Type ArgsType { get; }

    public IReadOnlyDictionary<string, InputShape> Members { get; }

    public static InputSchema For(Type argsType) => ByType.GetOrAdd(argsType, static type => new InputSchema(type));

    public MappingFailure NoInput(string name) =>
        new($"{ArgsType.FullName} has no input '{name}'; the Pulumi.Kubernetes version does not match the manifest");

    /// <summary>Generated input types put <c>[Input]</c> on a property, or on the backing field of list and map properties.</summary>
    private static Dictionary<string, InputShape> FindInputMembers(Type argsType)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var members = new Dictionary<string, InputShape>(StringComparer.Ordinal);
        for (var type = argsType; type is not null && type != typeof(ResourceArgs); type = type.BaseType)
        {
            foreach (var field in type.GetFields(flags))
            {
                if (InputName(field) is { } name)
                {
                    members.TryAdd(name, InputShape.For(field.FieldType));
                }
            }

            foreach (var property in type.GetProperties(flags))
            {
                if (InputName(property) is { } name && property.SetMethod is not null)
                {
                    members.TryAdd(name, InputShape.For(property.PropertyType));
                }
            }
        }

        return members;
    }

    /// <summary>The wire name given to <c>[Input("name")]</c> (the attribute keeps it internal).</summary>
    private static string? InputName(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute))?.ConstructorArguments[0].Value as string;
}
