namespace FleetInfra.ComponentPackage;

/// <summary>The component package: its name and the type tokens of its components.</summary>
public static class FleetPackage
{
    /// <summary>The package name: resource types are <c>fleetinfra:index:&lt;Component&gt;</c>.</summary>
    public const string Name = "fleetinfra";

    /// <summary>
    /// The namespace <c>ComponentProviderHost.Serve</c> of Pulumi 3.112.1 derives from this assembly's name
    /// (<c>FleetInfra.ComponentPackage</c>: its first part, kebab-cased); it names the generated SDKs' packages.
    /// </summary>
    public const string Namespace = "fleet-infra";

    /// <summary>The version <c>ComponentProviderHost.Serve</c> of Pulumi 3.112.1 always reports (it takes none).</summary>
    public const string ServedVersion = "0.0.0";

    /// <summary>The type token of one of this package's components.</summary>
    public static string TypeToken(string component) => $"{Name}:index:{component}";
}
