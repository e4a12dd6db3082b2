using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using k8s.Models;
using YamlDotNet.Serialization.NamingConventions;

namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>How a value is written: KubernetesClient's serializer treats each of these differently.</summary>
internal enum YamlValueKind
{
    /// <summary>A string: quoted when it would read back as null, a boolean or a number.</summary>
    String,

    /// <summary>IntOrString and ResourceQuantity: written through type converters that bypass that quoting.</summary>
    Converted,
    Integer,
    Boolean,
    Mapping,
    Sequence,
    Object,

    /// <summary>Anything else (floats, dates, bytes, enums...): the whole object falls back to KubernetesYaml.</summary>
    Unsupported,
}

/// <summary>
/// A readable property as KubernetesYaml writes it: its name, its key text (null if not a simple key) and a getter.
/// </summary>
internal sealed class YamlProperty(string name, string? key, Func<object, object?> get)
{
    // The shape of the last value seen: a property's values nearly always have one runtime type, and this saves
    // a dictionary lookup per value. Replaced as one reference, so concurrent readers always see a matching pair.
    private TypedShape? _last;

    public string Name { get; } = name;

    public string? Key { get; } = key;

    public Func<object, object?> Get { get; } = get;

    public YamlTypeShape ShapeOf(object value)
    {
        var type = value.GetType();
        if (_last is { } last && last.Type == type)
        {
            return last.Shape;
        }

        var shape = YamlTypeShape.Of(type);
        _last = new TypedShape(type, shape);
        return shape;
    }

    private sealed record TypedShape(Type Type, YamlTypeShape Shape);
}

/// <summary>
/// Per-type facts cached once: the kind of value and, for objects, the properties in the order YamlDotNet's
/// reflection emits them (<see cref="Type.GetProperties(BindingFlags)"/> order, names from [JsonPropertyName]
/// for KubernetesClient models and camelCase otherwise).
/// </summary>
internal sealed record YamlTypeShape(YamlValueKind Kind, ImmutableArray<YamlProperty> Properties)
{
    private static readonly ConcurrentDictionary<Type, YamlTypeShape> Shapes = new();

    private static readonly string? ModelNamespace = typeof(VersionInfo).Namespace;

    /// <summary>
    /// The shape of a runtime type. Native builds keep the public properties of the KubernetesClient models and of the
    /// renderer's custom resources for this (<c>infra/FleetInfra.Cli/ModelProperties.xml</c>), the only object types
    /// the renderer writes.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Rendered object types keep their public properties in native builds (ModelProperties.xml).")]
    public static YamlTypeShape Of(Type type) => Shapes.TryGetValue(type, out var shape) ? shape : Shapes.GetOrAdd(type, Create(type));

    private static YamlTypeShape Create([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
    {
        var kind = KindOf(type);
        var properties = kind == YamlValueKind.Object ? PropertiesOf(type) : [];
        if (kind == YamlValueKind.Object && properties.Length == 0 && !RuntimeFeature.IsDynamicCodeSupported)
        {
            // A type the native build did not keep would look empty and be written as {}: fail instead.
            throw new NotSupportedException($"{type.FullName} has no properties in the native fleet; add it to infra/FleetInfra.Cli/ModelProperties.xml");
        }

        return new YamlTypeShape(kind, properties);
    }

    private static YamlValueKind KindOf(Type type)
    {
        if (type == typeof(string))
        {
            return YamlValueKind.String;
        }

        if (type == typeof(IntOrString) || type == typeof(ResourceQuantity))
        {
            return YamlValueKind.Converted;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return YamlValueKind.Integer;
        }

        if (type == typeof(bool))
        {
            return YamlValueKind.Boolean;
        }

        if (type.IsPrimitive || type.IsEnum || type.IsValueType || type == typeof(byte[]) || type.IsArray)
        {
            return YamlValueKind.Unsupported;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return YamlValueKind.Mapping;
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return YamlValueKind.Sequence;
        }

        return type.IsClass && !type.IsAbstract ? YamlValueKind.Object : YamlValueKind.Unsupported;
    }

    private static ImmutableArray<YamlProperty> PropertiesOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
    {
        var isModel = type.Namespace == ModelNamespace;
        return
        [
            .. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(p => p.CanRead && p.GetGetMethod(nonPublic: true)!.GetParameters().Length == 0)
                .Select(p => (Name: NameOf(p, isModel), Property: p))
                .OrderBy(p => isModel ? HeaderRank(p.Name) : 0)
                .Select(p => new YamlProperty(p.Name, YamlScalars.Key(p.Name), Getter(type, p.Property))),
        ];
    }

    /// <summary>KubernetesYaml writes a model's apiVersion, kind and metadata first, then the rest in declaration order.</summary>
    private static int HeaderRank(string name) => name switch
    {
        "apiVersion" => 0,
        "kind" => 1,
        "metadata" => 2,
        _ => 3,
    };

    private static string NameOf(PropertyInfo property, bool useJsonNames) =>
        useJsonNames && property.GetCustomAttribute<JsonPropertyNameAttribute>() is { } json
            ? json.Name
            : CamelCaseNamingConvention.Instance.Apply(property.Name);

    /// <summary>
    /// The compiled getter of <see cref="ModelGetters"/> for every type a rendered object can hold; otherwise a typed
    /// open delegate to the getter where code can be generated at run time (the JIT build), or reflection (a native build
    /// cannot instantiate generic methods over value types at run time).
    /// </summary>
    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        if (ModelGetters.Of(type, property.Name) is { } compiled)
        {
            return compiled;
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            // MethodInvoker skips the argument checks and array PropertyInfo.GetValue goes through on every read.
            var invoker = MethodInvoker.Create(property.GetGetMethod()!);
            return target => invoker.Invoke(target);
        }

        var factory = typeof(YamlTypeShape).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type, property.PropertyType);
        return (Func<object, object?>)factory.Invoke(null, [property.GetGetMethod()!])!;
    }

    // A typed open delegate avoids PropertyInfo.GetValue's reflection cost on every read.
    private static Func<object, object?> TypedGetter<TTarget, TValue>(MethodInfo getter)
    {
        var typed = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => typed((TTarget)target);
    }
}
