using FleetInfra.Deploy;
using FleetInfra.Deploy.Automation;
using FleetInfra.Deploy.Commands;

using var engine = new AutomationStackEngine(Environment.GetEnvironmentVariable(AutomationStackEngine.PulumiRootVariable));
return DeployCli.Run(args, DeployConsole.Standard, engine);
