using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>
/// Takes the cluster name out of a cluster's and an app's plan. The renderers read a cluster's name only for the
/// cluster label, the ALB group name and the default hosts; everything else they read from a cluster is in
/// <see cref="TemplateKey"/>. Two clusters with the same key render an app to the same text up to its name.
/// </summary>
internal static class ClusterNamePlaceholder
{
    /// <summary>Stands for the cluster name. U+FFFF cannot occur in YAML input, so input never contains it.</summary>
    public const string Value = "\uFFFFcluster";

    /// <summary>
    /// What the renderers read from a cluster besides its name: the provider picks the RBAC subjects (an EKS group or
    /// Google identities). Everything else per app and cluster, quotas included, is in the app's plan.
    /// </summary>
    public readonly record struct TemplateKey(string Environment, string PartOf, Config.CloudProvider Provider, IngressProfile Ingress);

    public static TemplateKey KeyOf(ClusterPlan cluster) => new(cluster.Environment, cluster.PartOf, cluster.Provider, AnonymousIngress(cluster));

    /// <summary>The cluster with the placeholder for its name, and no apps.</summary>
    public static ClusterPlan Anonymous(ClusterPlan cluster) => cluster with
    {
        Cluster = cluster.Cluster with { Name = Value },
        Ingress = AnonymousIngress(cluster),
        Apps = [],
    };

    /// <summary>The cluster's ingress profile with the placeholder where it holds the cluster name (the ALB group).</summary>
    private static IngressProfile AnonymousIngress(ClusterPlan cluster) =>
        cluster.Ingress is AlbIngressProfile alb && alb.GroupName == cluster.Name ? alb with { GroupName = Value } : cluster.Ingress;

    /// <summary>
    /// The app with the placeholder in its default hosts, or null when the order of its hosts could depend on the
    /// cluster name: the renderers sort hosts, and a custom host starting with a default host's first label compares
    /// with it on the cluster name.
    /// </summary>
    public static AppPlan? Anonymous(AppPlan app, string clusterName)
    {
        if (!app.Routes.Any(r => r.IsDefaultHost))
        {
            return app;
        }

        var routes = new IngressRoute[app.Routes.Length];
        var defaultLabels = new List<string>();
        for (var i = 0; i < routes.Length; i++)
        {
            var route = app.Routes[i];
            if (!route.IsDefaultHost)
            {
                routes[i] = route;
                continue;
            }

            var firstDot = route.Host.IndexOf('.', StringComparison.Ordinal);
            var label = firstDot < 0 ? string.Empty : route.Host[..(firstDot + 1)];
            if (label.Length == 0 || !route.Host.AsSpan(label.Length).StartsWith($"{clusterName}.", StringComparison.Ordinal))
            {
                return null;
            }

            defaultLabels.Add(label);
            routes[i] = route with { Host = $"{label}{Value}{route.Host[(label.Length + clusterName.Length)..]}" };
        }

        var hostOrderIsFixed = !app.Routes.Any(r => !r.IsDefaultHost && defaultLabels.Any(label => r.Host.StartsWith(label, StringComparison.Ordinal)));
        return hostOrderIsFixed ? app with { Routes = [.. routes] } : null;
    }

    /// <summary>
    /// Whether the app as planned for the cluster renders like <paramref name="anonymousApp"/>, a template's app: the same as
    /// <c>Anonymous(app, clusterName) is { } anonymous &amp;&amp; SameApp(anonymous, anonymousApp)</c>, without building the
    /// anonymous app, as this runs for every placement rendered from a template.
    /// </summary>
    public static bool RendersLike(AppPlan app, string clusterName, AppPlan anonymousApp)
    {
        if (!app.Routes.Any(r => r.IsDefaultHost))
        {
            return SameApp(app, anonymousApp);
        }

        if (app.Routes.Length != anonymousApp.Routes.Length)
        {
            return false;
        }

        for (var i = 0; i < app.Routes.Length; i++)
        {
            var route = app.Routes[i];
            var anonymous = anonymousApp.Routes[i];
            if (!(route.IsDefaultHost ? IsAnonymousDefaultHost(route, clusterName, anonymous) : route == anonymous))
            {
                return false;
            }
        }

        foreach (var route in app.Routes.Where(r => !r.IsDefaultHost))
        {
            if (app.Routes.Any(d => d.IsDefaultHost && route.Host.AsSpan().StartsWith(d.Host.AsSpan(0, d.Host.IndexOf('.') + 1), StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return app with { Routes = anonymousApp.Routes } == anonymousApp;
    }

    /// <summary>Whether <paramref name="anonymous"/> is the default-host route with the placeholder for the cluster name, as <see cref="Anonymous(AppPlan, string)"/> makes it.</summary>
    private static bool IsAnonymousDefaultHost(IngressRoute route, string clusterName, IngressRoute anonymous)
    {
        var host = route.Host.AsSpan();
        var labelLength = host.IndexOf('.') + 1;
        if (labelLength == 0 || !host[labelLength..].StartsWith(clusterName, StringComparison.Ordinal)
            || host.Length <= labelLength + clusterName.Length || host[labelLength + clusterName.Length] != '.')
        {
            return false;
        }

        var anonymousHost = anonymous.Host.AsSpan();
        var rest = host[(labelLength + clusterName.Length)..];
        return anonymousHost.Length == labelLength + Value.Length + rest.Length
            && anonymousHost[..labelLength].SequenceEqual(host[..labelLength])
            && anonymousHost.Slice(labelLength, Value.Length).SequenceEqual(Value)
            && anonymousHost[(labelLength + Value.Length)..].SequenceEqual(rest)
            && route with { Host = anonymous.Host } == anonymous;
    }

    /// <summary>Whether two anonymous apps render the same: the planner shares intent values between clusters, so equal plans are the same objects.</summary>
    public static bool SameApp(AppPlan first, AppPlan second) =>
        ReferenceEquals(first, second) || (first.Routes.SequenceEqual(second.Routes) && first with { Routes = second.Routes } == second);
}
