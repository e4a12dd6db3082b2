using FleetInfra.Components.Tests.Infra;
using FleetInfra.Program;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>The resources the Pulumi program registers for a <see cref="TransitionStack"/>, read through Pulumi config as the CLI passes it.</summary>
internal static class StackSnapshots
{
    public static async Task<ResourceSnapshot> OfAsync(TransitionStack stack)
    {
        var root = Directory.CreateTempSubdirectory("fleet-transition-");
        try
        {
            var config = PulumiCliConfig.Namespace(stack.WriteTo(root.FullName), "fleet");
            return await SnapshotRecorder.RecordAsync(stack.Name, () => FleetProgram.Run(stack.Name, config, root.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>The transition from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static async Task<TransitionResult> TransitionAsync(TransitionStack before, TransitionStack after) =>
        Transition.Between(await OfAsync(before), await OfAsync(after));
}
