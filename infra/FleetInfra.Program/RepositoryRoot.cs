using FleetInfra.Core.Config;

namespace FleetInfra.Program;

/// <summary>
/// The repository root: the folder of <c>Pulumi.yaml</c>. Pulumi runs the program from its project folder
/// (<c>infra/FleetInfra.Program</c>), so the root is found by walking up.
/// </summary>
internal static class RepositoryRoot
{
    public static string Find(string startDirectory) =>
        ProjectRoot.Find(startDirectory)
        ?? throw new Pulumi.RunException($"no Pulumi.yaml found in {startDirectory} or any folder above it; run the program through `pulumi up` from the repository");
}
