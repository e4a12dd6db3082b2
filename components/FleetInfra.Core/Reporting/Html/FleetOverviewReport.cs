using System.Globalization;
using System.Text;
using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using static System.Net.WebUtility;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>
/// <c>fleet report --all</c>: one self-contained page for every stack of the repository: clusters by provider and
/// region, cost by stack, team and app (showback, idle remainder as such), budgets against use, policy findings per
/// stack and team, add-ons, and the last deploy. Tables rather than charts so 100 stacks stay readable; no script.
/// </summary>
public static class FleetOverviewReport
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:72rem;color:#111827;background:#fff;padding:0 1rem}"
        + "h2{border-bottom:1px solid #e5e7eb;padding-bottom:.2rem;margin-top:2rem}.note{color:#6b7280;font-size:.9rem}"
        + "table{border-collapse:collapse;font-size:.88rem;margin:.5rem 0}td,th{border-bottom:1px solid #f3f4f6;padding:.2rem .7rem;text-align:left;vertical-align:top}"
        + "td.n{text-align:right;font-variant-numeric:tabular-nums}.bar{display:inline-block;height:.6rem;background:#60a5fa;border-radius:2px}"
        + "tr.idle td{color:#6b7280;font-style:italic}.eks{color:#c2410c}.gke{color:#1d4ed8}.over{color:#b91c1c;font-weight:600}details{margin:.3rem 0}";

    public static string Render(IReadOnlyList<StackOverview> stacks)
    {
        var html = new StringBuilder();
        var total = stacks.Sum(s => s.Estimate.Monthly);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>Fleet report: {stacks.Count} stacks</title>\n<style>{Style}</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<header><h1>Fleet: {stacks.Count} stack{(stacks.Count == 1 ? string.Empty : "s")}, {stacks.Sum(s => s.Plan.Clusters.Length)} clusters</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p><strong data-total=\"monthly\">{Usd(total)}</strong> a month at desired sizes, in USD list prices; an estimate, not a bill.</p></header>\n");
        Stacks(html, stacks);
        Clusters(html, stacks);
        Showback(html, stacks, total);
        Budgets(html, stacks);
        Findings(html, stacks);
        Addons(html, stacks);
        if (stacks.Any(s => s.LastDeploy is not null))
        {
            html.Append("<section id=\"deploys\"><h2>Last deploy and drift</h2><table><tr><th>stack</th><th>last result</th></tr>");
            foreach (var stack in stacks)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr data-deploy=\"{HtmlEncode(stack.Plan.Stack)}\"><td>{HtmlEncode(stack.Plan.Stack)}</td><td>{HtmlEncode(stack.LastDeploy ?? "no summary")}</td></tr>");
            }

            html.Append("</table></section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Stacks(StringBuilder html, IReadOnlyList<StackOverview> stacks)
    {
        html.Append("<section id=\"stacks\"><h2>Stacks</h2><table><tr><th>stack</th><th>environment</th><th>clusters</th><th>teams</th><th>monthly</th><th>prices</th></tr>");
        foreach (var s in stacks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-stack=\"{HtmlEncode(s.Plan.Stack)}\"><td>{HtmlEncode(s.Plan.Stack)}</td><td>{HtmlEncode(s.Plan.Environment)}</td><td class=\"n\">{s.Plan.Clusters.Length}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{string.Join(", ", s.Plan.Teams.Select(t => $"<span data-team=\"{HtmlEncode(t.Name)}\">{HtmlEncode(t.Name)}</span>"))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Usd(s.Estimate.Monthly)}</td><td>{(s.Estimate.Complete ? "complete" : "<span class=\"over\">incomplete</span>")}</td></tr>");
        }

        html.Append("</table></section>\n");
    }

    private static void Clusters(StringBuilder html, IReadOnlyList<StackOverview> stacks)
    {
        html.Append("<section id=\"clusters\"><h2>Clusters by provider and region</h2><table><tr><th>provider</th><th>region</th><th>cluster</th><th>stack</th><th>node groups</th><th>monthly</th></tr>");
        var rows = stacks.SelectMany(s => s.Plan.Clusters.Zip(s.Estimate.Clusters, (plan, cost) => (Stack: s.Plan.Stack, Plan: plan, Cost: cost)))
            .OrderBy(r => r.Plan.Provider).ThenBy(r => r.Plan.Cluster.Region, StringComparer.Ordinal).ThenBy(r => r.Stack, StringComparer.Ordinal).ThenBy(r => r.Plan.Name, StringComparer.Ordinal);
        foreach (var (stack, plan, cost) in rows)
        {
            var provider = plan.Provider == CloudProvider.Eks ? "eks" : "gke";
            var groups = string.Join(", ", plan.Cluster.NodeGroups.Select(g => $"{g.Name}: {g.DesiredSize} x {g.InstanceTypes[0]}{(g.Spot ? " spot" : string.Empty)}"));
            html.Append(CultureInfo.InvariantCulture, $"<tr data-cluster=\"{HtmlEncode(stack)}/{HtmlEncode(plan.Name)}\"><td class=\"{provider}\">{provider.ToUpperInvariant()}</td><td>{HtmlEncode(plan.Cluster.Region)}</td><td>{HtmlEncode(plan.Name)}</td><td>{HtmlEncode(stack)}</td><td>{HtmlEncode(groups)}</td><td class=\"n\">{Usd(cost.Monthly)}</td></tr>");
        }

        html.Append("</table></section>\n");
    }

    private static void Showback(StringBuilder html, IReadOnlyList<StackOverview> stacks, decimal total)
    {
        var lines = stacks.SelectMany(s => s.Showback).ToList();
        html.Append("<section id=\"showback\"><h2>Cost by stack, team and app</h2>")
            .Append("<p class=\"note\">Node cost is shown back to the apps by their share of their node groups' allocatable capacity (the larger of CPU and memory requests at minimum replicas); what no app requests is idle. Control planes, load balancers, NAT and disks stay with the stack.</p>");
        Table(html, "by-stack", "stack", stacks.Select(s => (s.Plan.Stack, s.Estimate.Monthly, false)), total);
        Table(html, "by-team", "team (stack)", lines.GroupBy(l => (l.Team, l.Stack)).OrderBy(g => g.Key.Team == Costs.Showback.IdleTeam).ThenByDescending(g => g.Sum(l => l.Monthly))
            .Select(g => ($"{g.Key.Team} ({g.Key.Stack})", g.Sum(l => l.Monthly), g.Key.Team == Costs.Showback.IdleTeam)), total);
        html.Append("<details><summary>by app</summary>");
        Table(html, "by-app", "app (team, stack/cluster)", lines.OrderBy(l => l.App is null).ThenByDescending(l => l.Monthly)
            .Select(l => ($"{l.App ?? "idle"} ({l.Team}, {l.Stack}/{l.Cluster})", l.Monthly, l.App is null)), total);
        html.Append("</details></section>\n");
    }

    private static void Table(StringBuilder html, string id, string what, IEnumerable<(string Name, decimal Monthly, bool Idle)> rows, decimal total)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table data-showback=\"{id}\"><tr><th>{HtmlEncode(what)}</th><th>monthly</th><th></th></tr>");
        foreach (var (name, monthly, idle) in rows)
        {
            var width = total > 0 ? Math.Round(monthly / total * 200m, 1) : 0;
            html.Append(CultureInfo.InvariantCulture, $"<tr{(idle ? " class=\"idle\"" : string.Empty)}><td>{HtmlEncode(name)}</td><td class=\"n\">{Usd(monthly)}</td><td><span class=\"bar\" style=\"width:{width.ToString(CultureInfo.InvariantCulture)}px\"></span></td></tr>");
        }

        html.Append("</table>");
    }

    private static void Budgets(StringBuilder html, IReadOnlyList<StackOverview> stacks)
    {
        html.Append("<section id=\"budgets\"><h2>Budgets against use</h2><p class=\"note\">Each team's requests at maximum replicas on its busiest cluster, against its budget (which holds on every cluster).</p>")
            .Append("<table><tr><th>team</th><th>stack</th><th>CPU</th><th>memory</th><th>pods</th></tr>");
        foreach (var stack in stacks)
        {
            foreach (var team in stack.Plan.Teams)
            {
                var apps = team.Apps.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
                var perCluster = stack.Plan.Clusters.Select(c => c.Apps.Where(a => apps.Contains(a.Name)).ToList()).ToList();
                var cpu = perCluster.Select(a => a.Sum(x => (long)x.Cpu.Millicores * x.Scaling.MaxReplicas)).DefaultIfEmpty(0).Max();
                var memory = perCluster.Select(a => a.Sum(x => x.Memory.Bytes / Quantities.MemoryQuantity.Mebibyte * x.Scaling.MaxReplicas)).DefaultIfEmpty(0).Max();
                var pods = perCluster.Select(a => a.Sum(x => x.Scaling.MaxReplicas)).DefaultIfEmpty(0).Max();
                var budget = team.Budget;
                html.Append(CultureInfo.InvariantCulture, $"<tr data-budget=\"{HtmlEncode(stack.Plan.Stack)}/{HtmlEncode(team.Name)}\"><td>{HtmlEncode(team.Name)}</td><td>{HtmlEncode(stack.Plan.Stack)}</td>")
                    .Append(Against($"{cpu}m", cpu, budget?.Cpu is { } c ? (c.Millicores, $"{c.Millicores}m") : null))
                    .Append(Against($"{memory}Mi", memory, budget?.Memory is { } m ? (m.Bytes / Quantities.MemoryQuantity.Mebibyte, $"{m.Bytes / Quantities.MemoryQuantity.Mebibyte}Mi") : null))
                    .Append(Against(pods.ToString(CultureInfo.InvariantCulture), pods, budget?.Pods is { } p ? (p, p.ToString(CultureInfo.InvariantCulture)) : null))
                    .Append("</tr>");
            }
        }

        html.Append("</table></section>\n");
    }

    private static string Against(string used, long value, (long Limit, string Text)? budget) => budget is { } b
        ? $"<td class=\"n{(value > b.Limit ? " over" : string.Empty)}\">{HtmlEncode(used)} of {HtmlEncode(b.Text)}</td>"
        : $"<td class=\"n\">{HtmlEncode(used)} (no budget)</td>";

    private static void Findings(StringBuilder html, IReadOnlyList<StackOverview> stacks)
    {
        html.Append("<section id=\"findings\"><h2>Policy findings per stack and team</h2><table><tr><th>stack</th><th>team</th><th>finding</th></tr>");
        var any = false;
        foreach (var stack in stacks)
        {
            foreach (var finding in stack.Findings)
            {
                any = true;
                var team = stack.Plan.Teams.FirstOrDefault(t => t.Apps.Any(a => finding.Message.Contains($"'{a.Name}'", StringComparison.Ordinal) || finding.FieldPath.StartsWith($"application.{a.Name}.", StringComparison.Ordinal)))?.Name ?? "-";
                html.Append(CultureInfo.InvariantCulture, $"<tr data-finding=\"{HtmlEncode(stack.Plan.Stack)}\"><td>{HtmlEncode(stack.Plan.Stack)}</td><td>{HtmlEncode(team)}</td><td>{HtmlEncode(finding.Message)}</td></tr>");
            }
        }

        html.Append(any ? "</table>" : "<tr><td colspan=\"3\">No findings.</td></tr></table>").Append("</section>\n");
    }

    private static void Addons(StringBuilder html, IReadOnlyList<StackOverview> stacks)
    {
        html.Append("<section id=\"addons\"><h2>Add-ons</h2><table><tr><th>stack/cluster</th><th>add-ons</th></tr>");
        foreach (var stack in stacks)
        {
            foreach (var cluster in stack.Plan.Clusters)
            {
                var a = cluster.Addons;
                var names = new (bool On, string Name)[]
                {
                    (a.MetricsServer is not null, "metrics-server"), (a.NetworkPolicyEnforcement, "network policy"), (a.NodeAutoscaler is not null, "cluster autoscaler"),
                    (a.ExternalDns is not null, "ExternalDNS"), (a.Certificate is not null, "ACM certificate"), (a.Keda is not null, "KEDA"),
                    (!a.StaticIps.IsEmpty, "static IPs"), (a.CloudDnsRecords is not null, "Cloud DNS records"),
                }.Where(n => n.On).Select(n => n.Name);
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlEncode(stack.Plan.Stack)}/{HtmlEncode(cluster.Name)}</td><td>{HtmlEncode(string.Join(", ", names))}</td></tr>");
            }
        }

        html.Append("</table></section>\n");
    }

    private static string Usd(decimal amount) => ReportCharts.Usd((double)amount);
}
