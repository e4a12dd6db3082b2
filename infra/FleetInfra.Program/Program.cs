using FleetInfra.Program;

return await Pulumi.Deployment.RunAsync(() => FleetProgram.Run());
