using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using k8s;
using Pulumi;

namespace FleetInfra.Components.Fleet;

/// <summary>
/// Maps a KubernetesClient model to the Pulumi.Kubernetes input type of the same kind, field by field.
/// </summary>
/// <remarks>
/// The model is first written with KubernetesClient's own JSON serializer, the same wire form the offline renderer
/// writes, so field names, int-or-string values and quantities need no special cases. Each JSON property is then set
/// on the <c>[Input("name")]</c> member of the same wire name: objects become nested <c>...Args</c>, arrays
/// <see cref="InputList{T}"/>, maps <see cref="InputMap{V}"/>, numbers or strings <see cref="InputUnion{T0,T1}"/>.
/// A property the input type does not know throws instead of being dropped, so nothing the renderer writes is lost.
/// </remarks>
internal static class KubernetesArgsMapper
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, InputMember>> MembersByType = new();

    /// <summary>The model as the JSON tree KubernetesClient serializes it to.</summary>
    public static JsonElement ToJson(object model)
    {
        using var document = JsonDocument.Parse(KubernetesJson.Serialize(model));
        return document.RootElement.Clone();
    }

    /// <summary>The model's content as a Pulumi input type, for example a <c>V1Deployment</c> as <c>DeploymentArgs</c>.</summary>
    public static TArgs ToArgs<TArgs>(object model)
        where TArgs : ResourceArgs, new() =>
        (TArgs)ToArgs(typeof(TArgs), ToJson(model), string.Empty);

    /// <summary>A JSON object as a Pulumi input type.</summary>
    public static TArgs ToArgs<TArgs>(JsonElement json, string path)
        where TArgs : ResourceArgs, new() =>
        (TArgs)ToArgs(typeof(TArgs), json, path);

    private static object ToArgs(Type argsType, JsonElement json, string path)
    {
        Expect(json, JsonValueKind.Object, argsType, path);
        var args = Activator.CreateInstance(argsType)!;
        var members = MembersByType.GetOrAdd(argsType, FindInputMembers);
        foreach (var property in json.EnumerateObject())
        {
            var propertyPath = string.IsNullOrEmpty(path) ? property.Name : $"{path}.{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (!members.TryGetValue(property.Name, out var member))
            {
                throw new InvalidOperationException(
                    $"{propertyPath}: {argsType.FullName} has no input '{property.Name}'; the Pulumi.Kubernetes version does not match the manifest");
            }

            member.SetValue(args, ToInput(member.Type, property.Value, propertyPath));
        }

        return args;
    }

    private static object ToInput(Type type, JsonElement json, string path)
    {
        if (!type.IsGenericType)
        {
            return ToPlain(type, json, path);
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (definition == typeof(InputList<>))
        {
            Expect(json, JsonValueKind.Array, type, path);
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments[0]))!;
            var index = 0;
            foreach (var item in json.EnumerateArray())
            {
                list.Add(ToPlain(arguments[0], item, $"{path}[{index++}]"));
            }

            return Convert(type, list);
        }

        if (definition == typeof(InputMap<>))
        {
            Expect(json, JsonValueKind.Object, type, path);
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), arguments[0]))!;
            foreach (var entry in json.EnumerateObject())
            {
                map[entry.Name] = ToPlain(arguments[0], entry.Value, $"{path}.{entry.Name}");
            }

            return Convert(type, map);
        }

        if (definition == typeof(InputUnion<,>))
        {
            var branch = arguments.FirstOrDefault(a => Accepts(a, json.ValueKind))
                ?? throw new InvalidOperationException($"{path}: a {json.ValueKind} value does not fit {Describe(type)}");
            return Convert(type, ToPlain(branch, json, path));
        }

        if (definition == typeof(Input<>))
        {
            return Convert(type, ToPlain(arguments[0], json, path));
        }

        return ToPlain(type, json, path);
    }

    private static object ToPlain(Type type, JsonElement json, string path)
    {
        if (typeof(ResourceArgs).IsAssignableFrom(type))
        {
            return ToArgs(type, json, path);
        }

        if (!Accepts(type, json.ValueKind))
        {
            throw new InvalidOperationException($"{path}: a {json.ValueKind} value does not fit {Describe(type)}");
        }

        if (type == typeof(string))
        {
            return json.GetString()!;
        }

        if (type == typeof(bool))
        {
            return json.GetBoolean();
        }

        // Boxed separately: a conditional of int and double would widen the int to double.
        return type == typeof(int) ? (object)json.GetInt32() : json.GetDouble();
    }

    private static bool Accepts(Type type, JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => type == typeof(string),
        JsonValueKind.Number => type == typeof(int) || type == typeof(double),
        JsonValueKind.True or JsonValueKind.False => type == typeof(bool),
        JsonValueKind.Object => typeof(ResourceArgs).IsAssignableFrom(type),
        _ => false,
    };

    /// <summary>Wraps a plain value with the implicit conversion the Pulumi input type declares for it.</summary>
    private static object Convert(Type inputType, object value)
    {
        var valueType = value.GetType();
        var conversion = inputType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Implicit" && m.ReturnType == inputType && m.GetParameters()[0].ParameterType == valueType)
            ?? throw new InvalidOperationException($"{Describe(inputType)} has no conversion from {Describe(valueType)}");
        return conversion.Invoke(null, [value])!;
    }

    private static void Expect(JsonElement json, JsonValueKind kind, Type type, string path)
    {
        if (json.ValueKind != kind)
        {
            throw new InvalidOperationException($"{path}: a {json.ValueKind} value does not fit {Describe(type)}");
        }
    }

    private static string Describe(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
        : type.Name;

    /// <summary>Generated input types put <c>[Input]</c> on a property, or on the backing field of list and map properties.</summary>
    private static IReadOnlyDictionary<string, InputMember> FindInputMembers(Type argsType)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var members = new Dictionary<string, InputMember>(StringComparer.Ordinal);
        for (var type = argsType; type is not null && type != typeof(ResourceArgs); type = type.BaseType)
        {
            foreach (var field in type.GetFields(flags | BindingFlags.DeclaredOnly))
            {
                if (InputName(field) is { } name)
                {
                    members.TryAdd(name, new InputMember(field.FieldType, field.SetValue));
                }
            }

            foreach (var property in type.GetProperties(flags | BindingFlags.DeclaredOnly))
            {
                if (InputName(property) is { } name && property.SetMethod is not null)
                {
                    members.TryAdd(name, new InputMember(property.PropertyType, property.SetValue));
                }
            }
        }

        return members;
    }

    /// <summary>The wire name given to <c>[Input("name")]</c> (the attribute keeps it internal).</summary>
    private static string? InputName(MemberInfo member) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute))?.ConstructorArguments[0].Value as string;

    private sealed record InputMember(Type Type, Action<object, object?> SetValue);
}
