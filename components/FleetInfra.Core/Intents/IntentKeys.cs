namespace FleetInfra.Core.Intents;

/// <summary>The YAML keys of an application intent (Qovery-style names).</summary>
public static class IntentKeys
{
    public const string Application = "application";
    public const string BuildMode = "build_mode";
    public const string Image = "image";
    public const string Cpu = "cpu";
    public const string Memory = "memory";
    public const string Ports = "ports";
    public const string MinInstances = "min_running_instances";
    public const string MaxInstances = "max_running_instances";
    public const string HealthChecks = "healthchecks";
    public const string Environment = "environment_variables";
    public const string Secrets = "secrets";
    public const string CustomDomains = "custom_domains";
    public const string AllowFrom = "allow_from";

    public static readonly IReadOnlyCollection<string> All =
        [BuildMode, Image, Cpu, Memory, Ports, MinInstances, MaxInstances, HealthChecks, Environment, Secrets, CustomDomains, AllowFrom];

    /// <summary>What a stack may override per app through <c>fleet:appOverrides</c>.</summary>
    public static readonly IReadOnlyCollection<string> Overridable =
        [Image, Cpu, Memory, MinInstances, MaxInstances, Environment];

    public static readonly IReadOnlyCollection<string> TopLevel = [Application];
}
