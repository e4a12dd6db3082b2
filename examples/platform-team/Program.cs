using Pulumi;
using PlatformTeam;

// The stack's name is the environment: `pulumi stack init staging`, or `prod` for a protected cluster.
return await Deployment.RunAsync(() => PaymentsInfrastructure.Provision(PaymentsFleet.Plan(Deployment.Instance.StackName)));
