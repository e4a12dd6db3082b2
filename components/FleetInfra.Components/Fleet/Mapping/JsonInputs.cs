using System.Text.Json;
using Pulumi;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// A JSON tree (KubernetesClient's wire form) as Pulumi inputs: each JSON property is set on the <c>[Input("name")]</c>
/// member of the same wire name; objects become nested <c>...Args</c>, arrays <see cref="InputList{T}"/>, maps
/// <see cref="InputMap{V}"/>, numbers or strings <see cref="InputUnion{T0,T1}"/>. A property the input type does not
/// know fails instead of being dropped.
/// </summary>
/// <remarks>
/// Used for what has no typed model: custom resource metadata and values of types the model walk does not handle
/// itself (<see cref="ModelInputs"/>). Failures are <see cref="MappingFailure"/>s with the path below the element.
/// </remarks>
internal static class JsonInputs
{
    public static object ToArgs(Type argsType, JsonElement json)
    {
        Expect(json, JsonValueKind.Object, argsType);
        var input = InputType.For(argsType);
        var args = input.Create();
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            try
            {
                if (!input.Members.TryGetValue(property.Name, out var member))
                {
                    throw ModelInputs.NoInput(argsType, property.Name);
                }

                member.Set(args, ToInput(member.Type, property.Value));
            }
            catch (MappingFailure failure)
            {
                throw failure.Under(property.Name);
            }
        }

        return args;
    }

    /// <summary>The JSON value as an input of <paramref name="type"/> (an input type, an args type or a plain type).</summary>
    public static object ToInput(Type type, JsonElement json)
    {
        var definition = InputShapes.GenericInput(type);
        if (definition is null)
        {
            return ToPlain(type, json);
        }

        var arguments = type.GetGenericArguments();
        if (definition == typeof(InputList<>))
        {
            Expect(json, JsonValueKind.Array, type);
            var list = InputConversions.NewList(arguments[0]);
            var index = 0;
            foreach (var item in json.EnumerateArray())
            {
                try
                {
                    list.Add(ToPlain(arguments[0], item));
                }
                catch (MappingFailure failure)
                {
                    throw failure.Under($"[{index}]");
                }

                index++;
            }

            return InputConversions.To(type, list.GetType())(list);
        }

        if (definition == typeof(InputMap<>))
        {
            Expect(json, JsonValueKind.Object, type);
            var map = InputConversions.NewMap(arguments[0]);
            foreach (var entry in json.EnumerateObject())
            {
                try
                {
                    map[entry.Name] = ToPlain(arguments[0], entry.Value);
                }
                catch (MappingFailure failure)
                {
                    throw failure.Under(entry.Name);
                }
            }

            return InputConversions.To(type, map.GetType())(map);
        }

        if (definition == typeof(InputUnion<,>))
        {
            var branch = arguments.FirstOrDefault(a => InputShapes.Accepts(a, json.ValueKind)) ?? throw InputShapes.DoesNotFit(json.ValueKind, type);
            return InputConversions.To(type, branch)(ToPlain(branch, json));
        }

        return InputConversions.To(type, arguments[0])(ToPlain(arguments[0], json));
    }

    private static object ToPlain(Type type, JsonElement json)
    {
        if (InputShapes.IsArgs(type))
        {
            return ToArgs(type, json);
        }

        if (!InputShapes.Accepts(type, json.ValueKind))
        {
            throw InputShapes.DoesNotFit(json.ValueKind, type);
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

    private static void Expect(JsonElement json, JsonValueKind kind, Type type)
    {
        if (json.ValueKind != kind)
        {
            throw InputShapes.DoesNotFit(json.ValueKind, type);
        }
    }
}
