namespace FleetInfra.Core.Addons;

/// <summary>
/// The Pulumi resource names (URN names) of a GKE cluster's reserved addresses and DNS records. A URN already holds the
/// stack, so these need no stack qualifier; what two stacks in one project could share are the cloud names, and those
/// are qualified or checked: a <c>GlobalAddress</c> is named <see cref="StaticIpNames.For"/> (<c>{stack}-{cluster}-{app}</c>),
/// and a record set's name is its host, which <see cref="Planning.HostOwnership"/> lets only one stack publish per zone.
/// Changing these names would make Pulumi replace every address (a new IP) and record, so they stay as they are.
/// </summary>
public static class GkeResourceNames
{
    /// <summary>The <c>GlobalAddress</c> of an app, under the cluster component named <paramref name="component"/>.</summary>
    public static string Address(string component, string app) => $"{component}-ip-{app}";

    /// <summary>The <c>RecordSet</c> of a host, under the cluster component named <paramref name="component"/>.</summary>
    public static string RecordSet(string component, string host) => $"{component}-dns-{host}";
}
