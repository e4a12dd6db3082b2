using System.Globalization;
using System.Text;
using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;
using static System.Net.WebUtility;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>
/// <c>fleet report</c>: one self-contained HTML page for people who would rather look than read. No script, font,
/// style sheet or image comes from anywhere else (a Content-Security-Policy forbids it); charts are inline SVG.
/// </summary>
public static partial class FleetReport
{
    public static string Render(FleetPlan plan, CostEstimate estimate) => Render(plan, estimate, rightSizing: null);

    /// <param name="plan">The stack's plan.</param>
    /// <param name="estimate">Its cost estimate.</param>
    /// <param name="rightSizing">Apps' requests beside their VPA targets (<c>--vpa-recommendations</c>); null leaves the section out.</param>
    public static string Render(FleetPlan plan, CostEstimate estimate, IReadOnlyList<RightSizingRow>? rightSizing) => Render(plan, estimate, rightSizing, [], DateTimeOffset.UnixEpoch);

    /// <summary>With the base's live review environments (<see cref="Review.ReviewEnvironment.Of"/>), their age and expiry at <paramref name="now"/>.</summary>
    /// <param name="plan">The stack's plan.</param>
    /// <param name="estimate">Its cost estimate.</param>
    /// <param name="rightSizing">Apps' requests beside their VPA targets; null leaves the section out.</param>
    /// <param name="reviews">The review environments on the stack's clusters; none leaves the section out.</param>
    /// <param name="now">The moment their age and expiry are told at.</param>
    public static string Render(FleetPlan plan, CostEstimate estimate, IReadOnlyList<RightSizingRow>? rightSizing, IReadOnlyList<Review.ReviewEnvironment> reviews, DateTimeOffset now)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>Fleet report: stack {HtmlEncode(plan.Stack)}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>Stack {HtmlEncode(plan.Stack)}</h1><p>environment {HtmlEncode(plan.Environment)}{(plan.Protect ? ", protected" : string.Empty)} &middot; {plan.Clusters.Length} cluster{(plan.Clusters.Length == 1 ? string.Empty : "s")} &middot; ")
            .Append(CultureInfo.InvariantCulture, $"<strong data-total=\"monthly\">{ReportCharts.Usd((double)estimate.Monthly)}</strong> a month at desired sizes ({ReportCharts.Usd((double)estimate.MonthlyMin)} to {ReportCharts.Usd((double)estimate.MonthlyMax)})")
            .Append(CultureInfo.InvariantCulture, $"{(estimate.SavedNodeHoursPerMonth > 0 ? $", about {ReportCharts.Usd((double)estimate.MonthlyWithSchedules)} with working-hours schedules" : string.Empty)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{estimate.Currency} list prices as of {estimate.PricesAsOf:yyyy-MM-dd}, {estimate.HoursPerMonth} hours a month; an estimate before deploying, not a bill.{(estimate.Complete ? string.Empty : " Incomplete: some prices are missing (see the warnings).")}</p></header>\n");

        html.Append("<section id=\"topology\"><h2>Topology</h2>\n");
        AppendTopology(html, plan, estimate);
        html.Append("</section>\n");

        html.Append("<section id=\"capacity\"><h2>Requested vs capacity</h2>\n<p class=\"note\">Apps' requests at minimum and maximum replicas against the allocatable capacity of the node groups they can run on, after a per-node DaemonSet reserve.</p>\n")
            .Append(ReportCharts.CapacityCpu(estimate)).Append('\n').Append(ReportCharts.CapacityMemory(estimate)).Append("\n</section>\n");
        html.Append("<section id=\"cost\"><h2>Cost breakdown</h2>\n").Append(ReportCharts.CostBreakdown(estimate)).Append('\n');
        AppendCostTable(html, estimate);
        html.Append("</section>\n");

        html.Append("<section id=\"schedules\"><h2>Working-hours schedules</h2>\n");
        if (estimate.Clusters.Any(c => !c.Saving.ScheduledApps.IsEmpty))
        {
            html.Append(ReportCharts.Savings(estimate)).Append('\n').Append("<ul>");
            foreach (var cluster in estimate.Clusters.Where(c => !c.Saving.ScheduledApps.IsEmpty))
            {
                var saving = cluster.Saving;
                html.Append(CultureInfo.InvariantCulture, $"<li data-saving=\"{HtmlEncode(cluster.Name)}\"><strong>{HtmlEncode(cluster.Name)}</strong>: {saving.SavedNodeHoursPerMonth.ToString("#,0.#", CultureInfo.InvariantCulture)} node-hours a month saved, {(saving.MonthlySaving is { } money ? ReportCharts.Usd((double)money) : "unpriced")}; scheduled: {HtmlEncode(string.Join(", ", saving.ScheduledApps))}{(saving.Note is null ? string.Empty : $" ({HtmlEncode(saving.Note)})")}</li>");
            }

            html.Append("</ul>\n");
        }
        else
        {
            html.Append("<p>No app of this stack has working hours: everything runs around the clock.</p>\n");
        }

        html.Append("</section>\n");
        AppendReviews(html, reviews, now);
        if (rightSizing is not null)
        {
            AppendRightSizing(html, rightSizing);
        }

        if (!estimate.Warnings.IsEmpty)
        {
            html.Append("<section id=\"warnings\"><h2>Warnings</h2><ul>");
            foreach (var warning in estimate.Warnings)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{HtmlEncode(warning)}</li>");
            }

            html.Append("</ul></section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Each app's requests beside the VPA's target, so that teams can right-size them.</summary>
    private static void AppendRightSizing(StringBuilder html, IReadOnlyList<RightSizingRow> rows)
    {
        html.Append("<section id=\"right-sizing\"><h2>Right-sizing</h2>\n");
        if (rows.Count == 0)
        {
            html.Append("<p>No app of this stack has a VerticalPodAutoscaler recommendation in the file.</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"note\">Requests of each app beside the target of its VerticalPodAutoscaler (from kubectl get vpa -A -o json).</p>\n")
            .Append("<table><thead><tr><th>app</th><th>CPU request</th><th>VPA target CPU</th><th>memory request</th><th>VPA target memory</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-app=\"{HtmlEncode(row.App)}\"><td>{HtmlEncode(row.App)}</td><td>{HtmlEncode(row.RequestedCpu)}</td><td>{HtmlEncode(row.TargetCpu ?? "none yet")}</td><td>{HtmlEncode(row.RequestedMemory)}</td><td>{HtmlEncode(row.TargetMemory ?? "none yet")}</td></tr>");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    /// <summary>Stack, then clusters by provider and region, their node groups and apps; public apps marked with their hosts.</summary>
    private static void AppendTopology(StringBuilder html, FleetPlan plan, CostEstimate estimate)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"stack\" data-stack=\"{HtmlEncode(plan.Stack)}\">");
        foreach (var region in plan.Clusters.GroupBy(c => (c.Provider, c.Cluster.Region)).OrderBy(g => g.Key.Provider).ThenBy(g => g.Key.Region, StringComparer.Ordinal))
        {
            var provider = region.Key.Provider == CloudProvider.Eks ? "EKS" : "GKE";
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"region {provider.ToLowerInvariant()}\"><h3>{provider} &middot; {HtmlEncode(region.Key.Region)}</h3>");
            foreach (var cluster in region)
            {
                var cost = estimate.Clusters.First(c => c.Name == cluster.Name);
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"cluster\" data-cluster=\"{HtmlEncode(cluster.Name)}\"><h4>{HtmlEncode(cluster.Name)} <span class=\"money\">{ReportCharts.Usd((double)cost.Monthly)}/month</span></h4><ul class=\"groups\">");
                foreach (var group in cost.NodeGroups)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li data-node-group=\"{HtmlEncode(group.Name)}\" class=\"status-{HtmlEncode(group.Capacity.Status)}\">{HtmlEncode(group.Name)}: {group.DesiredSize} &times; {HtmlEncode(group.InstanceType)} ({group.MinSize}&ndash;{group.MaxSize}){(group.Spot ? " spot" : string.Empty)} <span class=\"badge\">{HtmlEncode(group.Capacity.Status)}</span></li>");
                }

                html.Append("</ul><ul class=\"apps\">");
                foreach (var app in cluster.Apps)
                {
                    var hosts = string.Join(", ", app.Routes.Select(r => r.Host).Distinct());
                    html.Append(CultureInfo.InvariantCulture, $"<li data-app=\"{HtmlEncode(app.Name)}\" data-public=\"{(app.IsPublic ? "true" : "false")}\">{HtmlEncode(app.Name)}")
                        .Append(app.IsPublic ? $" <span class=\"public\" title=\"public endpoint\">public</span> <span class=\"hosts\">{HtmlEncode(hosts)}</span>" : string.Empty)
                        .Append(app.Scaling.Schedule is { } schedule ? $" <span class=\"schedule\">{HtmlEncode(schedule.ToString())}</span>" : string.Empty)
                        .Append("</li>");
                }

                html.Append("</ul></div>");
            }

            html.Append("</div>");
        }

        html.Append("</div>\n");
    }

    private static void AppendCostTable(StringBuilder html, CostEstimate estimate)
    {
        html.Append("<table class=\"cost\"><thead><tr><th>cluster</th><th>part</th><th>monthly</th></tr></thead><tbody>");
        foreach (var cluster in estimate.Clusters)
        {
            foreach (var (category, monthly) in cluster.ByCategory())
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlEncode(cluster.Name)}</td><td>{HtmlEncode(category)}</td><td class=\"money\">{ReportCharts.Usd((double)monthly)}</td></tr>");
            }
        }

        html.Append("</tbody></table>\n");
    }

    private const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:62rem;color:#111827;background:#fff;padding:0 1rem}"
        + "h1{margin-bottom:.2rem}h2{border-bottom:1px solid #e5e7eb;padding-bottom:.2rem;margin-top:2rem}.note{color:#6b7280;font-size:.9rem}"
        + ".stack{display:flex;flex-wrap:wrap;gap:1rem}.region{border:1px solid #e5e7eb;border-radius:8px;padding:.5rem 1rem;flex:1 1 24rem}"
        + ".region.eks h3{color:#c2410c}.region.gke h3{color:#1d4ed8}.cluster{border-left:3px solid #d1d5db;padding-left:.8rem;margin:.5rem 0}"
        + "ul{margin:.3rem 0;padding-left:1.2rem}.groups li{list-style:square}.badge{font-size:.75rem;background:#f3f4f6;border-radius:4px;padding:0 .3rem}"
        + ".status-over-provisioned .badge{background:#fef3c7}.status-under-provisioned .badge{background:#fee2e2}.public{font-size:.75rem;background:#dcfce7;color:#166534;border-radius:4px;padding:0 .3rem}"
        + ".hosts,.schedule{color:#6b7280;font-size:.85rem}.money{font-variant-numeric:tabular-nums;color:#374151}svg{display:block;margin:1rem 0;max-width:100%;height:auto}"
        + "svg text{font-size:11px;fill:#374151}svg text.caption{font-size:13px;font-weight:600;fill:#111827}table.cost{border-collapse:collapse;font-size:.9rem}table.cost td,table.cost th{border-bottom:1px solid #f3f4f6;padding:.2rem .8rem;text-align:left}";
}
