using FleetInfra.Deploy;
using FleetInfra.Deploy.Automation;
using FleetInfra.Deploy.Commands;

return DeployCli.Run(args, DeployConsole.Standard, new AutomationStackEngine(Environment.GetEnvironmentVariable(AutomationStackEngine.PulumiRootVariable)));
