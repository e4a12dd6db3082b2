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
            Assert.Contains(row.Unit, new[] { "hour", "month", "gb-month", "vcpu", "mib" });
            Assert.True(row.AsOf.Year >= 2025, $"{row.Item}: {row.AsOf}");
        });
        Assert.All(MachineTypeTable.Default.Types, type => Assert.Contains(type.Provider == "aws" ? "amazon-eks-ami v20260724" : "plan-node-sizes", type.Source, StringComparison.Ordinal));
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
            // The held-out fleet and the price list fixtures are what `fleet prices import` adds prices for.
            .Where(f => !f.Contains(Path.Combine("fixtures", "prices"), StringComparison.Ordinal) && !f.EndsWith("PriceImportTests.cs", StringComparison.Ordinal)
                && !f.EndsWith("AllocatableFormulaTests.cs", StringComparison.Ordinal) && !f.EndsWith("PricesCommandTests.cs", StringComparison.Ordinal) && !f.EndsWith("StackPricesTests.cs", StringComparison.Ordinal))
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

    [GeneratedRegex(@"\b[mcr][5-7][a-z]{0,2}\.(large|[0-9]*xlarge)\b")]
    private static partial Regex AwsType();

    [GeneratedRegex(@"\b(e2|n2|n2d|c3)-(standard|highmem|highcpu)-[0-9]+\b")]
    private static partial Regex GcpType();

    [GeneratedRegex(@"\b(us|eu|ap|sa|ca)-(east|west|central|north|south|northeast|southeast)-[0-9]\b")]
    private static partial Regex AwsRegion();

    [GeneratedRegex(@"\b(europe|us|asia)-(west|central|east|north|south)[0-9]\b")]
    private static partial Regex GcpRegion();
}
