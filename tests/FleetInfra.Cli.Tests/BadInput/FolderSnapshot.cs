using FleetInfra.Core.Rendering;

namespace FleetInfra.Cli.Tests.BadInput;

/// <summary>Every file below a folder, by relative path, with its bytes: to prove a folder was left untouched.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Take(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(File.ReadAllBytes(file));
        }

        return files;
    }

    /// <summary>A folder that looks like an earlier <c>fleet render</c>: the marker and one cluster file.</summary>
    public static string PreviousRender(string parent)
    {
        var folder = Path.Combine(parent, "out");
        Directory.CreateDirectory(Path.Combine(folder, "eks-use1"));
        File.WriteAllText(Path.Combine(folder, RenderWriter.MarkerFile), "stack: case\n");
        File.WriteAllText(Path.Combine(folder, "eks-use1", "web.yaml"), "# rendered earlier\nkind: Namespace\n");
        return folder;
    }
}
