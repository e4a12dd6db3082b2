using System.Collections.Immutable;
using FleetInfra.Components.Tests.Infra;
using FleetInfra.Program;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>What <c>pulumi up</c> of an apps-only (review) stack of a <see cref="TransitionStack"/> registers.</summary>
internal static class ReviewSnapshots
{
    /// <summary>The review <paramref name="review"/> of <paramref name="baseStack"/>, its stack file holding <paramref name="extraConfig"/> (indented YAML lines) below <c>fleet:clustersFrom</c>.</summary>
    public static async Task<ResourceSnapshot> OfAsync(TransitionStack baseStack, string review, string extraConfig = "")
    {
        var root = Directory.CreateTempSubdirectory("fleet-transition-review-");
        try
        {
            baseStack.WriteTo(root.FullName);
            var file = Path.Combine(root.FullName, "stacks", $"Pulumi.{review}.yaml");
            File.WriteAllText(file, $"config:\n  fleet:clustersFrom: {baseStack.Name}\n{extraConfig}");
            var config = PulumiCliConfig.Namespace(file, "fleet");
            return await SnapshotRecorder.RecordAsync(review, () => FleetProgram.Run(review, config, root.FullName), mocks =>
                mocks.Resources["pulumi:pulumi:StackReference"] = _ => ImmutableDictionary<string, object>.Empty
                    .Add("outputs", ImmutableDictionary<string, object>.Empty
                        .Add(FleetProgram.KubeconfigOutput("eks-use1"), "kubeconfig of eks-use1")
                        .Add(FleetProgram.KubeconfigOutput("gke-euw1"), "kubeconfig of gke-euw1"))
                    .Add("secretOutputNames", ImmutableArray.Create<object>(FleetProgram.KubeconfigOutput("eks-use1"), FleetProgram.KubeconfigOutput("gke-euw1"))));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
