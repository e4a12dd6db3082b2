using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FleetInfra.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(FleetInfra.Benchmarks.ReferenceWorkload).Assembly).Run(args);
