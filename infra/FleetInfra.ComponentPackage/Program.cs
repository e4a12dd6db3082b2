using FleetInfra.ComponentPackage;
using Pulumi.Experimental.Provider;

// Serves every ComponentResource of this assembly (EksCluster, GkeCluster, ApplicationFleet) as the package
// `fleetinfra`: `pulumi package add` runs this folder (PulumiPlugin.yaml: runtime dotnet) and asks it for its schema.
await ComponentProviderHost.Serve(args, typeof(FleetPackage).Assembly, FleetPackage.Name);
