using System.Text.RegularExpressions;
using FleetInfra.Core.Costs;

namespace FleetInfra.Core.Tests.Costs;

/// <summary>The price and allocatable tables: complete for every type and region the repository uses, sourced and dated.</summary>
public sealed partial class PriceTableTests
{
    private static string RepositoryRoot => Core.Config.ProjectRoot.Find(AppContext.BaseDirectory)!;

    [Fact]
    public void EveryRow_NamesAnHttpsPricePageAndADate()
    {
        Assert.NotEmpty(PriceTable.Default.Rows);
        Assert.All(PriceTable.Default.Rows, row =>
        {
            Assert.StartsWith("https://", row.Source, StringComparison.Ordinal);
            Assert.Contains(row.Provider, new[] { "aws", "gcp" });
            Assert.Contains(row.Unit, new[] { "hour", "month", "gb-month" });
            Assert.True(row.AsOf.Year >= 2025, $"{row.Item}: {row.AsOf}");
        });
        Assert.All(MachineTypeTable.Default.Types, type => Assert.StartsWith("https://", type.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryTypeAndRegionInStacksTestsAndDocs_HasPricesAndAllocatable()
    {
        var files = new[] { "stacks", "tests", "docs" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => !new[] { "bin", "obj", "node_modules" }.Any(folder => f.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            // These show what happens with a type and region the tables lack.
            .Where(f => !f.EndsWith("CostEstimatorTests.cs", StringComparison.Ordinal) && !f.EndsWith("PriceTableTests.cs", StringComparison.Ordinal) && !f.EndsWith("cost.md", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var awsTypes = files.SelectMany(t => AwsType().Matches(t).Select(m => m.Value)).ToHashSet();
        var gcpTypes = files.SelectMany(t => GcpType().Matches(t).Select(m => m.Value)).ToHashSet();
        var awsRegions = files.SelectMany(t => AwsRegion().Matches(t).Select(m => m.Value)).ToHashSet();
        var gcpRegions = files.SelectMany(t => GcpRegion().Matches(t).Select(m => m.Value)).ToHashSet();

        Assert.Contains("m6i.large", awsTypes);
        Assert.Contains("e2-standard-4", gcpTypes);
        var missing = new List<string>();
        foreach (var (cloud, types, regions) in new[] { ("aws", awsTypes, awsRegions), ("gcp", gcpTypes, gcpRegions) })
        {
            missing.AddRange(types.Where(t => MachineTypeTable.Default.Find(cloud, t) is null).Select(t => $"allocatable {cloud} {t}"));
            missing.AddRange(
                from type in types
                from region in regions
                from variant in new[] { "on-demand", "spot" }
                where PriceTable.Default.Find(cloud, region, $"instance:{type}:{variant}") is null
                select $"price {cloud} {region} {type} {variant}");
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Allocatable_FollowsTheDocumentedReservationFormulas()
    {
        Assert.All(MachineTypeTable.Default.Types, type =>
        {
            var cpu = type.Vcpu * 1000;
            var reservedCpu = (Math.Min(cpu, 1000) * 0.06) + (Math.Clamp(cpu - 1000, 0, 1000) * 0.01) + (Math.Clamp(cpu - 2000, 0, 2000) * 0.005) + (Math.Max(0, cpu - 4000) * 0.0025);
            Assert.Equal(cpu - (int)Math.Round(reservedCpu), type.AllocatableCpuMillis);

            // EKS: 255Mi + 11Mi per pod reserved; GKE: 25% of the first 4GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112.
            // Both keep a 100Mi eviction threshold.
            var memory = (double)type.MemoryMiB;
            var reservedMemory = type.Provider == "aws"
                ? 255 + (11 * type.MaxPods)
                : (Math.Min(memory, 4096) * 0.25) + (Math.Clamp(memory - 4096, 0, 4096) * 0.20) + (Math.Clamp(memory - 8192, 0, 8192) * 0.10) + (Math.Clamp(memory - 16384, 0, 114688) * 0.06);
            Assert.Equal((int)(memory - reservedMemory - 100), type.AllocatableMemoryMiB);
        });
    }

    [GeneratedRegex(@"\b[mcr][5-7][a-z]{0,2}\.(large|[0-9]*xlarge)\b")]
    private static partial Regex AwsType();

    [GeneratedRegex(@"\b(e2|n2|n2d|c3)-(standard|highmem|highcpu)-[0-9]+\b")]
    private static partial Regex GcpType();

    [GeneratedRegex(@"\b(us|eu|ap|sa|ca)-(east|west|central|north|south|northeast|southeast)-[0-9]\b")]
    private static partial Regex AwsRegion();

    [GeneratedRegex(@"\b(europe|us|asia)-(west|central|east|north|south)[0-9]\b")]
    private static partial Regex GcpRegion();
}
