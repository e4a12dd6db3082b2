using System.Text.Json;

namespace FleetInfra.Cli.Tests.Report;

/// <summary>
/// <c>fleet report</c> opened in headless Chromium: no console errors, the SVG charts and their series present and
/// drawn, and a screenshot in the test output (<c>screenshots/</c> beside the test assembly). Without Chromium these
/// tests are reported skipped with a <c>NOT RUN</c> reason (<see cref="ChromiumFactAttribute"/>); they never pass unseen.
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("fleet-report-");

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public void Dispose() => _scratch.Delete(recursive: true);

    [ChromiumFact]
    public async Task DevReport_LoadsWithoutErrors_WithEveryChartAndSeries()
    {
        var report = Path.Combine(_scratch.FullName, "report.html");
        var run = CliRun.Of("report", "--stack", "dev", "--out", report);
        Assert.Equal(0, run.ExitCode);

        await using var browser = await HeadlessChromium.StartAsync();
        await LoadAsync(browser, report);
        var page = await EvaluateAsync(browser, """
            JSON.stringify({
              title: document.title,
              charts: [...document.querySelectorAll('svg[data-chart]')].map(svg => ({
                id: svg.dataset.chart,
                width: svg.getBoundingClientRect().width,
                series: [...svg.querySelectorAll('g[data-series]')].map(g => g.dataset.series),
                bars: [...svg.querySelectorAll('rect[data-value]')].filter(r => r.getBoundingClientRect().width > 0).length,
              })),
              clusters: [...document.querySelectorAll('[data-cluster]')].map(c => c.dataset.cluster),
              publicApps: [...document.querySelectorAll('[data-cluster="eks-use1"] [data-public="true"]')].map(a => a.dataset.app),
              externalResources: performance.getEntriesByType('resource').length,
            })
            """);

        Assert.Equal("Fleet report: stack dev", page.GetProperty("title").GetString());
        var charts = page.GetProperty("charts").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);
        Assert.Equal(["capacity-cpu", "capacity-memory", "cost", "savings"], charts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["requested-min", "requested-max", "capacity-desired", "capacity-max"], Series(charts["capacity-cpu"]));
        Assert.Equal(["requested-min", "requested-max", "capacity-desired", "capacity-max"], Series(charts["capacity-memory"]));
        Assert.Equal(["nodes", "control-plane", "load-balancer", "nat", "storage", "encryption"], Series(charts["cost"]));
        Assert.Equal(["baseline-node-hours", "scheduled-node-hours"], Series(charts["savings"]));
        Assert.All(charts.Values, c => Assert.True(c.GetProperty("width").GetDouble() > 100 && c.GetProperty("bars").GetInt32() > 0, c.ToString()));
        Assert.Equal(["eks-use1", "gke-euw1"], page.GetProperty("clusters").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["enterprise-api", "gateway", "storefront"], page.GetProperty("publicApps").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(0, page.GetProperty("externalResources").GetInt32());
        Assert.Empty(Errors(browser));

        var screenshot = await ScreenshotAsync(browser, "report-dev.png");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is nearly empty");
    }

    [ChromiumFact]
    public async Task FleetReportOfAllStacks_NamesEveryStackAndTeam_WithoutErrors()
    {
        var report = Path.Combine(_scratch.FullName, "fleet.html");
        var run = CliRun.Of("report", "--all", "--out", report);
        Assert.Equal(0, run.ExitCode);

        await using var browser = await HeadlessChromium.StartAsync();
        await LoadAsync(browser, report);
        var page = await EvaluateAsync(browser, """
            JSON.stringify({
              stacks: [...document.querySelectorAll('#stacks [data-stack]')].map(s => s.dataset.stack),
              teams: [...new Set([...document.querySelectorAll('#stacks [data-team]')].map(t => t.dataset.team))],
              sections: [...document.querySelectorAll('section')].map(s => s.id),
              idleRows: document.querySelectorAll('table[data-showback="by-team"] tr.idle').length,
              budgets: document.querySelectorAll('[data-budget]').length,
              externalResources: performance.getEntriesByType('resource').length,
            })
            """);

        Assert.Equal(["dev", "prod", "staging"], page.GetProperty("stacks").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["core", "shop"], page.GetProperty("teams").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["stacks", "clusters", "showback", "budgets", "findings", "addons"], page.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(3, page.GetProperty("idleRows").GetInt32());
        Assert.Equal(6, page.GetProperty("budgets").GetInt32());
        Assert.Equal(0, page.GetProperty("externalResources").GetInt32());
        Assert.Empty(Errors(browser));
        Assert.True(new FileInfo(await ScreenshotAsync(browser, "report-fleet.png")).Length > 10_000, "the screenshot is nearly empty");
    }

    [ChromiumFact]
    public async Task Harness_SeesConsoleErrorsAndExceptions()
    {
        var page = Path.Combine(_scratch.FullName, "broken.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><script>console.error('broken on purpose'); undefinedFunction();</script></body></html>");

        await using var browser = await HeadlessChromium.StartAsync();
        await LoadAsync(browser, page);

        var errors = Errors(browser);
        Assert.Contains(errors, e => e.Contains("broken on purpose", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("undefinedFunction", StringComparison.Ordinal));
    }

    private static async Task LoadAsync(HeadlessChromium browser, string file)
    {
        await browser.SendAsync("Runtime.enable");
        await browser.SendAsync("Log.enable");
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1100, height = 1400, deviceScaleFactor = 1, mobile = false });
        await browser.SendAsync("Page.navigate", new { url = new Uri(file).AbsoluteUri });
        await browser.WaitForEventAsync("Page.loadEventFired");
    }

    private static async Task<JsonElement> EvaluateAsync(HeadlessChromium browser, string expression)
    {
        var result = await browser.SendAsync("Runtime.evaluate", new { expression, returnByValue = true });
        return JsonDocument.Parse(result.GetProperty("result").GetProperty("value").GetString()!).RootElement.Clone();
    }

    /// <summary>Console errors and warnings, uncaught exceptions and browser log errors (a blocked resource, a CSP violation).</summary>
    private static List<string> Errors(HeadlessChromium browser) =>
    [
        .. browser.Events
            .Where(e => (e.Method == "Runtime.consoleAPICalled" && e.Params.GetProperty("type").GetString() is "error" or "warning" or "assert")
                        || e.Method == "Runtime.exceptionThrown"
                        || (e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning"))
            .Select(e => $"{e.Method}: {HeadlessChromium.Describe(e.Params)}"),
    ];

    private static async Task<string> ScreenshotAsync(HeadlessChromium browser, string name)
    {
        var shot = await browser.SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true });
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
        return path;
    }

    private static string[] Series(JsonElement chart) => [.. chart.GetProperty("series").EnumerateArray().Select(s => s.GetString()!)];
}
