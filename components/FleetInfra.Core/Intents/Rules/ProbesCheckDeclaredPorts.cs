using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>A probe checks one of the app's own ports, and not a UDP one.</summary>
internal sealed class ProbesCheckDeclaredPorts : TableRule<ApplicationIntent>
{
    public static readonly ProbesCheckDeclaredPorts Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        var declared = value.Ports.Select(p => p.Number).ToHashSet();
        foreach (var (probe, key) in new[] { (value.Readiness, "readiness_probe"), (value.Liveness, "liveness_probe") })
        {
            if (probe is null)
            {
                continue;
            }

            var location = probe.Source ?? context.Reader.At(context.Owner);
            var path = $"{context.PathOf(IntentKeys.HealthChecks)}.{key}";
            if (!declared.Contains(probe.Port))
            {
                context.Reader.Diagnostics.Error(location, path,
                    declared.Count == 0
                        ? $"checks port {probe.Port} but the app declares no ports; add it to ports or remove the probe"
                        : $"checks port {probe.Port}, which the app does not declare; use one of {string.Join(", ", declared.Order())} or add {probe.Port} to ports");
            }
            else if (value.Ports.Single(p => p.Number == probe.Port).Protocol == PortProtocol.Udp)
            {
                context.Reader.Diagnostics.Error(location, path, $"checks UDP port {probe.Port}, but probes speak TCP or HTTP; check a TCP or HTTP port instead");
            }
        }

        return true;
    }
}
