using System.Globalization;
using System.Text.RegularExpressions;

namespace FleetInfra.Core.Config;

/// <summary>
/// An IPv4 CIDR block as the stack config writes it (<c>10.0.0.0/16</c>: four decimal octets and a prefix
/// length), the one parser for validating config and for carving equal subnets out of a VPC range.
/// </summary>
public sealed partial record Ipv4Cidr(uint Network, int PrefixLength)
{
    /// <summary>Parses dotted-quad text; host bits are cleared, so <c>10.0.0.5/16</c> is <c>10.0.0.0/16</c>.</summary>
    public static bool TryParse(string text, out Ipv4Cidr cidr)
    {
        cidr = new Ipv4Cidr(0, 0);
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        uint address = 0;
        foreach (Capture octet in match.Groups["octet"].Captures)
        {
            var value = int.Parse(octet.Value, CultureInfo.InvariantCulture);
            if (value > 255)
            {
                return false;
            }

            address = (address << 8) | (uint)value;
        }

        var prefix = int.Parse(match.Groups["prefix"].Value, CultureInfo.InvariantCulture);
        if (prefix > 32)
        {
            return false;
        }

        cidr = new Ipv4Cidr(address & Mask(prefix), prefix);
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

    [GeneratedRegex(@"^(?<octet>[0-9]{1,3})\.(?<octet>[0-9]{1,3})\.(?<octet>[0-9]{1,3})\.(?<octet>[0-9]{1,3})/(?<prefix>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
