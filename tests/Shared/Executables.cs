namespace FleetInfra.Tests.Shared;

/// <summary>Programs the tests start (node, kubectl, chromium), found on PATH.</summary>
public static class Executables
{
    /// <summary>The first file named one of <paramref name="names"/> in the PATH folders, in PATH order; null when none exists.</summary>
    public static string? OnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
}
