using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Gcp.Compute;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// The GKE add-ons the core planned for the Ingresses (<see cref="ClusterAddons"/>): a reserved global address per public
/// app, under the name its Ingress carries in <c>kubernetes.io/ingress.global-static-ip-name</c>, and an A record per host
/// in the Cloud DNS zone pointing at it, so the ManagedCertificate can become Active.
/// </summary>
internal static class GkeIngressAddresses
{
    /// <value>300 seconds: records point at reserved addresses that do not change.</value>
    public const int RecordTtlSeconds = 300;

    /// <summary>Creates the addresses and records; returns each app's address.</summary>
    public static ImmutableDictionary<string, Output<string>> Create(string name, string project, ClusterAddons addons, Func<CustomResourceOptions> options)
    {
        var addresses = ImmutableDictionary.CreateBuilder<string, Output<string>>(StringComparer.Ordinal);
        foreach (var ip in addons.StaticIps)
        {
            var address = new GlobalAddress(GkeResourceNames.Address(name, ip.App), new GlobalAddressArgs
            {
                Name = ip.Name,
                Project = project,
                AddressType = "EXTERNAL",
                IpVersion = "IPV4",
                // Without the hosts: every input of a global address replaces it (terraform-provider-google has no update for
                // it), and the replacement, under the same name, cannot be created while the old one exists.
                Description = $"Ingress of app {ip.App}",
            }, options());
            addresses[ip.App] = address.Address;
        }

        if (addons.CloudDnsRecords is { } dns)
        {
            CloudDnsRecordSets.Create(name, dns, RecordTtlSeconds, record => addresses[record.App], options);
        }

        return addresses.ToImmutable();
    }
}
