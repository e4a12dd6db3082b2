using System.CommandLine;

namespace FleetInfra.Deploy.Commands;

/// <summary><c>fleet deploy operator-manifests</c>: Pulumi Kubernetes Operator Stack resources, one per stack.</summary>
internal static class OperatorManifestsCommand
{
    public static Command Create(DeployConsole console)
    {
        var command = new Command("operator-manifests", "Write one Pulumi Kubernetes Operator Stack (pulumi.com/v1) per stack");
        command.SetAction(_ => console.Fail("operator-manifests is not available yet", DeployExitCodes.Failure));
        return command;
    }
}
