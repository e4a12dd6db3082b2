using System.Collections.Immutable;
using System.Text.Json;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// A JSON tree (KubernetesClient's wire form) as Pulumi input values, checked against the typed input schema: each
/// JSON property must be an input of the same wire name and fit its shape; objects of args types become dictionaries,
/// arrays immutable arrays, scalars strings, ints, doubles or bools. A property the input type does not
/// know fails instead of being dropped.
/// </summary>
/// <remarks>
/// Used for what has no typed model (custom resource metadata given as JSON) and for model values of types the model
/// walk does not read itself (<see cref="ModelInputs"/>). Failures are <see cref="MappingFailure"/>s with the path
/// below the element.
/// </remarks>
internal static class JsonInputs
{
    public static Dictionary<string, object?> ToObject(InputSchema schema, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw InputShape.DoesNotFit(json.ValueKind, schema.ArgsType);
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            try
            {
                var shape = schema.Members.TryGetValue(property.Name, out var member) ? member : throw schema.NoInput(property.Name);
                values[property.Name] = ToMember(shape, property.Value);
            }
            catch (MappingFailure failure)
            {
                throw failure.Under(property.Name);
            }
        }

        return values;
    }

    /// <summary>A non-null JSON value as the input member of this shape takes it.</summary>
    public static object ToMember(InputShape shape, JsonElement json)
    {
        switch (shape.Form)
        {
            case InputForm.List:
                if (json.ValueKind != JsonValueKind.Array)
                {
                    throw shape.DoesNotFit(json.ValueKind);
                }

                var items = ImmutableArray.CreateBuilder<object?>(json.GetArrayLength());
                foreach (var item in json.EnumerateArray())
                {
                    try
                    {
                        items.Add(ToPlain(shape.Plain[0], item));
                    }
                    catch (MappingFailure failure)
                    {
                        throw failure.Under($"[{items.Count}]");
                    }
                }

                return items.MoveToImmutable();
            case InputForm.Map:
                if (json.ValueKind != JsonValueKind.Object)
                {
                    throw shape.DoesNotFit(json.ValueKind);
                }

                var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var entry in json.EnumerateObject())
                {
                    try
                    {
                        entries[entry.Name] = ToPlain(shape.Plain[0], entry.Value);
                    }
                    catch (MappingFailure failure)
                    {
                        throw failure.Under(entry.Name);
                    }
                }

                return entries;
            case InputForm.Union:
                return ToPlain(shape.Branch(json.ValueKind) ?? throw shape.DoesNotFit(json.ValueKind), json);
            default:
                return ToPlain(shape.Plain[0], json);
        }
    }

    private static object ToPlain(Type plain, JsonElement json)
    {
        if (InputShape.IsArgs(plain))
        {
            return ToObject(InputSchema.For(plain), json);
        }

        if (!InputShape.Accepts(plain, json.ValueKind))
        {
            throw InputShape.DoesNotFit(json.ValueKind, plain);
        }

        if (plain == typeof(string))
        {
            return json.GetString()!;
        }

        if (plain == typeof(bool))
        {
            return json.GetBoolean();
        }

        // Boxed separately: a conditional of int and double would widen the int to double.
        return plain == typeof(int) ? (object)json.GetInt32() : json.GetDouble();
    }
}
