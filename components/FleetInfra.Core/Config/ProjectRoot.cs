namespace FleetInfra.Core.Config;

/// <summary>The Pulumi project root: the nearest folder at or above a start folder that holds <c>Pulumi.yaml</c>.</summary>
public static class ProjectRoot
{
    public const string ProjectFile = "Pulumi.yaml";

    /// <summary>The project root above <paramref name="startDirectory"/>, or null when no folder up to the root holds <c>Pulumi.yaml</c>.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ProjectFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
