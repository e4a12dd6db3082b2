using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Components.Fleet.Mapping;
using k8s;
using Pulumi;

namespace FleetInfra.Components.Fleet;

/// <summary>
/// A rendered Kubernetes object as the inputs of its Pulumi.Kubernetes resource, checked field by field against the
/// Pulumi.Kubernetes input type of its kind.
/// </summary>
/// <remarks>
/// Field names, int-or-string values and quantities are those of KubernetesClient's own JSON serializer, the same wire
/// form the offline renderer writes. Each non-null property must be an <c>[Input("name")]</c> of the typed args
/// (<c>DeploymentArgs</c>, ...) and fit its shape: objects of args types, lists (<see cref="InputList{T}"/>), maps
/// (<see cref="InputMap{V}"/>), numbers or strings (<see cref="InputUnion{T0,T1}"/>). A property the input type does
/// not know throws instead of being dropped, so nothing the renderer writes is lost. The values themselves are
/// registered, as dictionaries, immutable arrays and scalars: the same properties the typed args would send, without
/// building dozens of args and input objects per resource. Models are read through getters compiled once per type
/// (<see cref="ModelPlan"/>); no JSON is written on the way.
/// </remarks>
internal static class KubernetesInputs
{
    /// <summary>
    /// The model's properties as the inputs of <paramref name="argsType"/> (for example a <c>V1Deployment</c> as
    /// <c>DeploymentArgs</c>); errors name fields below <paramref name="path"/>.
    /// </summary>
    public static ImmutableDictionary<string, object?> Of(object model, Type argsType, string path = "")
    {
        try
        {
            return Freeze(ModelPlan.For(model.GetType(), InputSchema.For(argsType)).Map(model));
        }
        catch (MappingFailure failure)
        {
            throw failure.ToError(path);
        }
    }

    /// <summary>A JSON object as the inputs of <paramref name="argsType"/>; errors name fields below <paramref name="path"/>.</summary>
    public static ImmutableDictionary<string, object?> Of(JsonElement json, Type argsType, string path)
    {
        try
        {
            return Freeze(JsonInputs.ToObject(InputSchema.For(argsType), json));
        }
        catch (MappingFailure failure)
        {
            throw failure.ToError(path);
        }
    }

    /// <summary>
    /// Pulumi's <see cref="DictionaryResourceArgs"/> takes immutable dictionaries and arrays as the values of a resource's
    /// inputs; below those, any dictionary serializes the same, and a plain one costs a fraction to build and to walk.
    /// </summary>
    private static ImmutableDictionary<string, object?> Freeze(Dictionary<string, object?> inputs) =>
        inputs.ToImmutableDictionary(i => i.Key, i => i.Value is Dictionary<string, object?> nested ? nested.ToImmutableDictionary() : i.Value, StringComparer.Ordinal);

    /// <summary>The model as the JSON tree KubernetesClient serializes it to.</summary>
    public static JsonElement ToJson(object model)
    {
        using var document = JsonDocument.Parse(KubernetesJson.Serialize(model));
        return document.RootElement.Clone();
    }
}
