namespace FleetInfra.Core.Yaml;

/// <summary>Hard limits on every YAML input, so that hostile or broken files fail fast with a clear error.</summary>
public static class YamlLimits
{
    /// <value>4 MiB: larger than any real stack or intent file, far smaller than memory.</value>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <value>32 levels of nested mappings and sequences.</value>
    public const int MaxDepth = 32;

    /// <value>100,000 nodes per file, counting every alias as the nodes it expands to.</value>
    public const int MaxNodes = 100_000;
}
