using BenchmarkDotNet.Running;
using FleetInfra.Components.Benchmarks;

// dotnet run -c Release --project tests/FleetInfra.Components.Benchmarks -- registration [--sizes "10x100 50x200"] [--runs 3] [--program]
// dotnet run -c Release --project tests/FleetInfra.Components.Benchmarks -- --filter '*' --job short --inProcess
if (args is ["registration", .. var options])
{
    return await RegistrationCommand.RunAsync(options);
}

BenchmarkSwitcher.FromAssembly(typeof(RegistrationCommand).Assembly).Run(args);
return 0;
