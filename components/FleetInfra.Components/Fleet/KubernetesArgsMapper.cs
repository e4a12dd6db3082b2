using System.Text.Json;
using FleetInfra.Components.Fleet.Mapping;
using k8s;
using Pulumi;

namespace FleetInfra.Components.Fleet;

/// <summary>
/// Maps a KubernetesClient model to the Pulumi.Kubernetes input type of the same kind, field by field.
/// </summary>
/// <remarks>
/// Field names, int-or-string values and quantities are those of KubernetesClient's own JSON serializer, the same wire
/// form the offline renderer writes. Each non-null property is set on the <c>[Input("name")]</c> member of the same
/// wire name: objects become nested <c>...Args</c>, lists <see cref="InputList{T}"/>, maps <see cref="InputMap{V}"/>,
/// numbers or strings <see cref="InputUnion{T0,T1}"/>. A property the input type does not know throws instead of being
/// dropped, so nothing the renderer writes is lost. Models are read directly, through getters, setters and conversions
/// compiled once per type (<see cref="ModelPlan"/>); no JSON is written on the way.
/// </remarks>
internal static class KubernetesArgsMapper
{
    /// <summary>The model as the JSON tree KubernetesClient serializes it to.</summary>
    public static JsonElement ToJson(object model)
    {
        using var document = JsonDocument.Parse(KubernetesJson.Serialize(model));
        return document.RootElement.Clone();
    }

    /// <summary>The model's content as a Pulumi input type, for example a <c>V1Deployment</c> as <c>DeploymentArgs</c>.</summary>
    public static TArgs ToArgs<TArgs>(object model)
        where TArgs : ResourceArgs, new()
    {
        try
        {
            return (TArgs)ModelPlan.For(model.GetType(), typeof(TArgs)).Map(model);
        }
        catch (MappingFailure failure)
        {
            throw failure.ToError(string.Empty);
        }
    }

    /// <summary>A JSON object as a Pulumi input type; errors name fields below <paramref name="path"/>.</summary>
    public static TArgs ToArgs<TArgs>(JsonElement json, string path)
        where TArgs : ResourceArgs, new()
    {
        try
        {
            return (TArgs)JsonInputs.ToArgs(typeof(TArgs), json);
        }
        catch (MappingFailure failure)
        {
            throw failure.ToError(path);
        }
    }
}
