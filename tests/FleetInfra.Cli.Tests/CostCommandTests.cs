using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet cost</c> through the real command line: the documented JSON shape, the table, --currency and --diff.</summary>
public sealed class CostCommandTests
{
    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        var result = CliRun.Of("cost", "--config", CliRun.StackFile("dev"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["stack", "environment", "currency", "pricesAsOf", "pricesOldestAsOf", "hoursPerMonth", "monthly", "monthlyMin", "monthlyMax", "scheduleSaving", "savedNodeHoursPerMonth", "monthlyWithSchedules", "complete", "clusters", "warnings"],
            Names(root));
        Assert.Equal(("dev", "USD", 730, true), (root.GetProperty("stack").GetString(), root.GetProperty("currency").GetString(), root.GetProperty("hoursPerMonth").GetInt32(), root.GetProperty("complete").GetBoolean()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("pricesAsOf").GetString());

        var cluster = root.GetProperty("clusters")[0];
        Assert.Equal(["name", "provider", "region", "monthly", "monthlyMin", "monthlyMax", "nodeGroups", "lines", "capacity", "saving"], Names(cluster));
        Assert.Equal(
            ["name", "instanceType", "spot", "minSize", "desiredSize", "maxSize", "hourlyOnDemand", "hourlySpot", "monthly", "monthlyMin", "monthlyMax", "monthlyOnDemand", "monthlySpot", "capacity", "note", "hourly"],
            Names(cluster.GetProperty("nodeGroups")[0]));
        Assert.Equal(
            ["status", "allocatableCpuMillis", "allocatableMemoryMiB", "nodesNeededAtMin", "nodesNeededAtMax", "cpuUtilisationPercent", "memoryUtilisationPercent"],
            Names(cluster.GetProperty("nodeGroups")[0].GetProperty("capacity")));
        Assert.Equal(["category", "item", "quantity", "unit", "unitUsd", "monthly", "monthlyMin", "monthlyMax", "note"], Names(cluster.GetProperty("lines")[0]));
        Assert.Equal(["scheduledApps", "baselineNodeHoursPerMonth", "savedNodeHoursPerMonth", "monthlySaving", "note"], Names(cluster.GetProperty("saving")));
        Assert.Equal(
            ["nodeGroups", "requestedCpuMillisAtMin", "requestedMemoryMiBAtMin", "requestedCpuMillisAtMax", "requestedMemoryMiBAtMax", "capacityCpuMillisAtDesired",
             "capacityMemoryMiBAtDesired", "capacityCpuMillisAtMax", "capacityMemoryMiBAtMax", "nodesNeededAtMin", "nodesNeededAtMax", "fitsAtMax"],
            Names(cluster.GetProperty("capacity")));

        // The totals are the sums of the clusters, and the clusters the sums of their parts.
        var clusters = root.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("monthly").GetDecimal(), clusters.Sum(c => c.GetProperty("monthly").GetDecimal()));
        Assert.All(clusters, c => Assert.Equal(
            c.GetProperty("monthly").GetDecimal(),
            c.GetProperty("nodeGroups").EnumerateArray().Sum(g => g.GetProperty("monthly").GetDecimal()) + c.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("monthly").GetDecimal())));
    }

    [Fact]
    public void Table_ShowsTheBillCapacityAndSavings()
    {
        var result = CliRun.Of("cost", "--stack", "dev");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Stack dev (environment dev): monthly estimate in USD list prices as of 2025-06-01, 730 hours a month", result.Output, StringComparison.Ordinal);
        Assert.Contains("Monthly estimate", result.Output, StringComparison.Ordinal);
        Assert.Contains("Capacity (requests against allocatable, after the DaemonSet reserve)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Working-hours schedules", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Total: \$[0-9,]+\.[0-9]{2} a month at desired sizes", result.Output);
    }

    [Fact]
    public void OtherCurrency_IsAUsageError()
    {
        var result = CliRun.Of("cost", "--stack", "dev", "--currency", "EUR");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("fleet: --currency EUR: the price table holds USD list prices only; use --currency USD", result.Error.Split('\n')[0]);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Diff_AgainstAnotherStack_ShowsTheChangeAsJsonAndTable()
    {
        var json = CliRun.Of("cost", "--stack", "staging", "--diff", "dev", "--json");
        var table = CliRun.Of("cost", "--stack", "staging", "--diff", CliRun.StackFile("dev"));

        Assert.Equal((0, 0), (json.ExitCode, table.ExitCode));
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Assert.Equal(["base", "stack", "before", "after", "delta", "savingBefore", "savingAfter", "changes"], Names(root));
        Assert.Equal(root.GetProperty("after").GetDecimal() - root.GetProperty("before").GetDecimal(), root.GetProperty("delta").GetDecimal());
        Assert.Contains(root.GetProperty("changes").EnumerateArray(), c => c.GetProperty("part").GetString() == "node group batch" && c.GetProperty("before").ValueKind == JsonValueKind.Null);
        Assert.Contains("Stack staging against", table.Output, StringComparison.Ordinal);
        Assert.Contains("Monthly cost change", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_WithNeitherStackNorFile_IsBadInput()
    {
        var result = CliRun.Of("cost", "--stack", "dev", "--diff", "no-such-stack");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("no-such-stack: --diff names neither a stack in stacks/ nor a stack file; give a stack name like prod or a path like old/Pulumi.dev.yaml\n", result.Error, StringComparison.Ordinal);
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
