namespace FleetInfra.Core.Addons;

/// <summary>GKE: a reserved global static IP for one public app, named on its Ingress so the address survives Ingress changes.</summary>
/// <param name="App">The app.</param>
/// <param name="Name">The address's name, <c>{stack}-{cluster}-{app}</c> (see <see cref="StaticIpNames"/>).</param>
/// <param name="Hosts">The app's hosts, sorted.</param>
public sealed record StaticIpPlan(string App, string Name, System.Collections.Immutable.ImmutableArray<string> Hosts);
