using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Pulumi;
using Pulumi.Serialization;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// The resources each input of a resource's args came from (its property dependencies), read as the SDK reads them: every
/// <c>[Input]</c> member's outputs carry the resources they were computed from. The mock monitor does not pass them on, so
/// they are read from the args the resource transformation saw.
/// </summary>
internal static class InputDependencies
{
    private static readonly MethodInfo ToOutput = typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!;
    private static readonly MethodInfo DependenciesOf = typeof(Pulumi.Utilities.OutputUtilities).GetMethod(nameof(Pulumi.Utilities.OutputUtilities.GetDependenciesAsync))!;
    private static readonly MethodInfo ValueOf = typeof(Pulumi.Utilities.OutputUtilities).GetMethod(nameof(Pulumi.Utilities.OutputUtilities.GetValueAsync))!;

    /// <summary>Input name to the resources its value depends on; inputs without dependencies are absent.</summary>
    public static async Task<ImmutableDictionary<string, ImmutableHashSet<Resource>>> OfAsync(InputArgs? args)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableHashSet<Resource>>(StringComparer.Ordinal);
        if (args is null)
        {
            return result.ToImmutable();
        }

        foreach (var (name, value) in InputMembers(args))
        {
            var resources = new HashSet<Resource>();
            await CollectAsync(value, resources, depth: 0);
            if (resources.Count > 0)
            {
                result[name] = [.. resources];
            }
        }

        return result.ToImmutable();
    }

    private static IEnumerable<(string Name, object? Value)> InputMembers(object args)
    {
        const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        for (var type = args.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var member in type.GetFields(Members | BindingFlags.DeclaredOnly).Cast<MemberInfo>().Concat(type.GetProperties(Members | BindingFlags.DeclaredOnly)))
            {
                var input = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute));
                if (input is null)
                {
                    continue;
                }

                var name = (string)input.ConstructorArguments[0].Value!;
                yield return (name, member is FieldInfo field ? field.GetValue(args) : ((PropertyInfo)member).GetValue(args));
            }
        }
    }

    private static async Task CollectAsync(object? value, HashSet<Resource> into, int depth)
    {
        if (value is null or string || depth > 32 || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        switch (value)
        {
            case Resource resource:
                into.Add(resource);
                return;
            case InputArgs nested:
                foreach (var (_, member) in InputMembers(nested))
                {
                    await CollectAsync(member, into, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (GenericBase(type, typeof(Input<>)) is { } input)
        {
            value = ToOutput.MakeGenericMethod(input.GetGenericArguments()[0]).Invoke(null, [value]);
            type = value!.GetType();
        }

        if (GenericBase(type, typeof(Output<>)) is { } output)
        {
            var element = output.GetGenericArguments()[0];
            foreach (var resource in await ResultAsync<ImmutableHashSet<Resource>>(DependenciesOf.MakeGenericMethod(element).Invoke(null, [value])!))
            {
                into.Add(resource);
            }

            await CollectAsync(await ResultAsync<object?>(ValueOf.MakeGenericMethod(element).Invoke(null, [value])!), into, depth + 1);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Union<,>))
        {
            await CollectAsync(type.GetProperty(nameof(Union<int, int>.Value))!.GetValue(value), into, depth + 1);
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (var item in dictionary.Values)
            {
                await CollectAsync(item, into, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                await CollectAsync(item, into, depth + 1);
            }
        }
    }

    private static Type? GenericBase(Type type, Type definition)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == definition)
            {
                return current;
            }
        }

        return null;
    }

    private static async Task<T> ResultAsync<T>(object task)
    {
        await (Task)task;
        return (T)task.GetType().GetProperty(nameof(Task<int>.Result))!.GetValue(task)!;
    }
}
