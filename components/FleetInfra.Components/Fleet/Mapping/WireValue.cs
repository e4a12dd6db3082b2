using System.Globalization;
using System.Text.Json;
using k8s.Models;

namespace FleetInfra.Components.Fleet.Mapping;

/// <summary>
/// A scalar of a KubernetesClient model as KubernetesClient's JSON serializer writes it: its kind and plain value
/// (a string, a long, a double or a bool). <see cref="IntOrString"/> is a number when its text is an integer, a
/// <see cref="ResourceQuantity"/> its canonical text, exactly as their JSON converters write them.
/// </summary>
internal readonly record struct WireValue(JsonValueKind Kind, object? Value)
{
    private static readonly WireValue Null = new(JsonValueKind.Null, null);

    /// <summary>The scalar model types read directly; values of any other type go through JSON.</summary>
    public static bool IsScalar(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double)
        || type == typeof(IntOrString) || type == typeof(ResourceQuantity);

    /// <summary>Reads a non-null value of a type for which <see cref="IsScalar"/> holds.</summary>
    public static WireValue Of(object value) => value switch
    {
        string text => new(JsonValueKind.String, text),
        bool flag => new(flag ? JsonValueKind.True : JsonValueKind.False, flag),
        int number => new(JsonValueKind.Number, (long)number),
        long number => new(JsonValueKind.Number, number),
        double number => new(JsonValueKind.Number, number),
        IntOrString { Value: null } => Null,
        IntOrString intOrString => long.TryParse(intOrString.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? new(JsonValueKind.Number, number)
            : new(JsonValueKind.String, intOrString.Value),
        ResourceQuantity quantity => new(JsonValueKind.String, quantity.ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), "not a scalar the mapper reads directly"),
    };

    /// <summary>
    /// The value as the plain type of a Pulumi input takes it: a string, a bool, an int or a double (as the typed args
    /// would hold it), checked against <paramref name="type"/>.
    /// </summary>
    public object To(Type type)
    {
        if (!InputShape.Accepts(type, Kind))
        {
            throw InputShape.DoesNotFit(Kind, type);
        }

        if (type == typeof(int))
        {
            return Value switch
            {
                long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
                double number when number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
                _ => throw new MappingFailure($"{Value} does not fit Int32"),
            };
        }

        return type == typeof(double) ? Convert.ToDouble(Value, CultureInfo.InvariantCulture) : Value!;
    }
}
