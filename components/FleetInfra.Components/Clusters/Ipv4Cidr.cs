using System.Globalization;
using System.Net;

namespace FleetInfra.Components.Clusters;

/// <summary>An IPv4 CIDR block, just enough to carve equal subnets out of a VPC range.</summary>
internal sealed record Ipv4Cidr(uint Network, int PrefixLength)
{
    public static bool TryParse(string text, out Ipv4Cidr cidr)
    {
        cidr = new Ipv4Cidr(0, 0);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !IPAddress.TryParse(parts[0], out var address)
            || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix is < 0 or > 32)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        cidr = new Ipv4Cidr(value & Mask(prefix), prefix);
        return true;
    }

    /// <summary>The <paramref name="index"/>-th block of length <paramref name="newPrefixLength"/> inside this one.</summary>
    public Ipv4Cidr Subnet(int newPrefixLength, int index)
    {
        var size = 1UL << (32 - newPrefixLength);
        var count = 1UL << (newPrefixLength - PrefixLength);
        if (newPrefixLength < PrefixLength || (ulong)index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{this} has no /{newPrefixLength} block number {index}.");
        }

        return new Ipv4Cidr((uint)(Network + ((ulong)index * size)), newPrefixLength);
    }

    public override string ToString() =>
        $"{Network >> 24}.{(Network >> 16) & 0xFF}.{(Network >> 8) & 0xFF}.{Network & 0xFF}/{PrefixLength}";

    private static uint Mask(int prefix) => prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
}
