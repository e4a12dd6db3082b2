using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.ComponentPackage;
using Pulumi.Testing;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.ComponentPackage;

/// <summary>The strict mocks plus the package's own components (<c>fleetinfra:index:*</c>) and the Kubernetes kinds of a fleet.</summary>
public sealed class PackageMocks : StrictMocks
{
    public PackageMocks()
    {
        foreach (var type in FleetMocks.KubernetesObjectTypes)
        {
            Resources[type] = _ => None;
        }
    }

    public override Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if ((args.Type ?? "").StartsWith(FleetPackage.Name + ":index:", StringComparison.Ordinal))
        {
            Registered.Enqueue(args);
            return Task.FromResult<(string?, object)>((null, args.Inputs));
        }

        return base.NewResourceAsync(args);
    }
}
