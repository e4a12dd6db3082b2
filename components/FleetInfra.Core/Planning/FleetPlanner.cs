using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Placement;
using FleetInfra.Core.Rollout;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Governance;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Scheduling;
using FleetInfra.Core.Policies;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Core.Planning;

/// <summary>Turns a stack's config and the app intents into a <see cref="FleetPlan"/>. Pure: no I/O.</summary>
public static class FleetPlanner
{
    /// <param name="stack">The stack's config.</param>
    /// <param name="intents">Every intent read.</param>
    /// <param name="diagnostics">Where every problem goes.</param>
    /// <param name="otherStacks">
    /// The hosts the repository's other stacks publish (<see cref="FleetLoader.OtherStackClaims"/>), so that two stacks never
    /// publish one host into one zone; none checks this stack alone.
    /// </param>
    public static FleetPlan? Plan(StackConfig stack, IReadOnlyList<ApplicationIntent> intents, DiagnosticBag diagnostics, IReadOnlyList<HostClaim>? otherStacks = null) =>
        Plan(stack, intents, diagnostics, otherStacks, out _);

    /// <summary>Plans, and gives the intents of the apps the stack deploys with their overrides applied (what policies and <c>fleet diff</c> read).</summary>
    internal static FleetPlan? Plan(StackConfig stack, IReadOnlyList<ApplicationIntent> intents, DiagnosticBag diagnostics, IReadOnlyList<HostClaim>? otherStacks, out ImmutableSortedDictionary<string, ApplicationIntent> deployedIntents)
    {
        deployedIntents = ImmutableSortedDictionary<string, ApplicationIntent>.Empty.WithComparers(StringComparer.Ordinal);
        var apps = DeduplicatedByName(intents, diagnostics);
        apps = ApplyOverrides(stack, apps, diagnostics);
        var selected = SelectForStack(stack, apps, diagnostics);
        RefuseStackScheduleInProduction(stack, diagnostics);
        var known = apps.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        TeamPlanner.CheckAllowFrom(apps, known, stack.AppsDirectory, diagnostics);
        var owners = TeamPlanner.Owners(stack, known, selected, diagnostics);
        TeamPlanner.CheckGoogleGroups(stack, diagnostics);
        var viewers = TeamPlanner.ViewersByOwner(stack);
        var deployed = selected.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var resolved = new SortedDictionary<string, ResolvedApp>(StringComparer.Ordinal);
        foreach (var intent in selected)
        {
            var schedule = ResolveSchedule(stack, intent, diagnostics);
            if (ResolveImage(stack, intent, diagnostics) is { } image)
            {
                var baseline = Baseline(stack, intent, image, schedule) with { AllowedFrom = TeamPlanner.AllowedFrom(intent, owners.GetValueOrDefault(intent.Name), deployed) };
                resolved[intent.Name] = new ResolvedApp(intent, baseline, [.. intent.Ports.Where(p => p.IsPublic)]);
            }
        }

        var labels = ImmutableArray.CreateRange(stack.Clusters, c => ClusterLabels.Of(c, stack.Environment));
        var placement = PlacementPlanner.Place(stack, labels, selected, known, diagnostics);
        var intentsByName = resolved.ToDictionary(r => r.Key, r => r.Value.Intent, StringComparer.Ordinal);
        Headroom.HeadroomPlanner.CheckNamespaceFree(stack, intentsByName, diagnostics);
        var clusters = ImmutableArray.CreateBuilder<ClusterPlan>(stack.Clusters.Length);
        var claimedHosts = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < stack.Clusters.Length; index++)
        {
            var cluster = stack.Clusters[index];
            var profile = IngressProfile.For(cluster, stack.StackName);
            var names = placement[index];
            var appPlans = ImmutableArray.CreateBuilder<AppPlan>(names.Length);
            foreach (var name in names)
            {
                if (!resolved.TryGetValue(name, out var app))
                {
                    continue;
                }

                QueuePlacement.Check(app.Intent, cluster, stack.IsAppsOnly, diagnostics);
                if (PlanApp(stack, cluster, app, diagnostics) is { } plan)
                {
                    appPlans.Add(VerticalPlanner.WithVertical(plan, app.Intent, cluster));
                }
            }

            var clusterPath = $"{StackKeys.Namespace}:clusters[{index}]";
            VpcAddressCheck.Check(cluster, clusterPath, diagnostics);
            var clusterApps = diagnostics.HasErrors ? appPlans.ToImmutable() : TeamPlanner.Govern(appPlans.ToImmutable(), owners, viewers);

            // An apps-only stack installs nothing on its base's clusters (the base's add-ons serve its objects), only its GKE hosts' DNS records.
            var addons = stack.IsAppsOnly ? Review.AppsOnlyPlanning.Addons(cluster, clusterApps, claimedHosts) : AddonPlanner.Plan(stack.StackName, cluster, clusterPath, clusterApps, claimedHosts, diagnostics);
            clusters.Add(new ClusterPlan
            {
                Cluster = cluster,
                Ingress = profile,
                Environment = stack.Environment,
                PartOf = stack.PartOf,
                Labels = labels[index],
                Apps = addons.Certificate is { } certificate ? WithTlsCoveredBy(certificate, clusterApps) : stack.IsAppsOnly ? Review.AppsOnlyPlanning.Quota(stack, clusterApps) : clusterApps,
                Addons = addons,
                ReviewStack = stack.IsAppsOnly ? stack.StackName : null,
                // An apps-only (review) stack runs on its base's nodes; the base owns their headroom.
                Headroom = stack.IsAppsOnly ? [] : Headroom.HeadroomPlanner.Plan(stack, cluster, intentsByName, diagnostics),
            });
        }

        HostOwnership.Check(HostOwnership.ClaimsOf(stack.StackName, clusters), otherStacks ?? [], diagnostics);

        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Policies judge a complete plan, so they run only when the input itself is valid.
        var waves = RolloutPlanner.Order([.. stack.Clusters.Select((c, i) => (c.Name, (IReadOnlyDictionary<string, string>)labels[i]))], stack.Rollout, "cluster", diagnostics);
        var fleetPlan = new FleetPlan
        {
            Stack = stack.StackName, Environment = stack.Environment, Protect = stack.Protect, Teams = stack.Teams, Clusters = clusters.ToImmutable(),
            Rollout = stack.Rollout, Waves = waves, ClustersFrom = stack.ClustersFrom?.Reference, ExpiresAt = stack.ExpiresAt,
            Idleness = Review.ReviewIdleness.Of(stack),
        };
        deployedIntents = resolved.Values.ToImmutableSortedDictionary(r => r.Intent.Name, r => r.Intent, StringComparer.Ordinal);
        if (StackPrices.For(stack, diagnostics) is not { } prices)
        {
            return null;
        }

        PolicyEvaluator.Evaluate(new PolicyContext(stack, deployedIntents, fleetPlan) { Machines = MachineTypeTable.For(prices) }, diagnostics);
        return diagnostics.HasErrors ? null : fleetPlan;
    }

    /// <summary>
    /// EKS with a planned ACM certificate: a host it does not cover leaves the Ingress's <c>tls</c>, so the cluster's
    /// shared ALB group never lists a host without a certificate.
    /// </summary>
    private static ImmutableArray<AppPlan> WithTlsCoveredBy(AcmCertificatePlan certificate, ImmutableArray<AppPlan> apps) =>
    [
        .. apps.Select(app => app.Routes.All(r => certificate.Covers(r.Host))
            ? app
            : app with { Routes = [.. app.Routes.Select(r => certificate.Covers(r.Host) ? r : r with { InTls = false })] }),
    ];

    /// <summary>Apps sorted by name; an app defined more than once is reported at every place but the first.</summary>
    private static List<ApplicationIntent> DeduplicatedByName(IReadOnlyList<ApplicationIntent> intents, DiagnosticBag diagnostics)
    {
        var result = new List<ApplicationIntent>();
        foreach (var group in intents
                     .GroupBy(i => i.Name, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group
                .OrderBy(i => i.Source.File, StringComparer.Ordinal)
                .ThenBy(i => i.Source.Line)
                .ToList();
            var first = ordered[0];
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(duplicate.Source, $"{IntentKeys.Application}.{duplicate.Name}",
                    $"app '{duplicate.Name}' is defined twice: here and at {first.Source}; keep one definition");
            }

            result.Add(first);
        }

        return result;
    }

    private static List<ApplicationIntent> ApplyOverrides(StackConfig stack, List<ApplicationIntent> apps, DiagnosticBag diagnostics)
    {
        foreach (var entry in stack.AppOverrides)
        {
            var path = $"{StackKeys.Namespace}:appOverrides.{entry.AppName}";
            var index = apps.FindIndex(a => a.Name == entry.AppName);
            if (index < 0)
            {
                diagnostics.Error(entry.Source, path,
                    $"overrides unknown app '{entry.AppName}'{Suggestions.DidYouMean(entry.AppName, apps.Select(a => a.Name))}; use the name of an app under {FleetLoader.Display(stack.AppsDirectory)}");
                continue;
            }

            var reader = new YamlReader(entry.DisplayPath, diagnostics);
            apps[index] = ApplicationIntentParser.ApplyOverride(reader, apps[index], entry.Node, path);
        }

        return apps;
    }

    private static List<ApplicationIntent> SelectForStack(StackConfig stack, List<ApplicationIntent> apps, DiagnosticBag diagnostics)
    {
        if (stack.Apps is not { } selection)
        {
            return apps;
        }

        var known = apps.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var selected = new SortedDictionary<string, ApplicationIntent>(StringComparer.Ordinal);
        foreach (var (name, source) in selection)
        {
            if (known.TryGetValue(name, out var app))
            {
                selected[name] = app;
            }
            else
            {
                diagnostics.Error(source, $"{StackKeys.Namespace}:apps",
                    $"'{name}' is not a known app{Suggestions.DidYouMean(name, known.Keys)}; define it under {FleetLoader.Display(stack.AppsDirectory)} or remove it from the list");
            }
        }

        return [.. selected.Values];
    }

    private static string? ResolveImage(StackConfig stack, ApplicationIntent intent, DiagnosticBag diagnostics)
    {
        if (intent.Image is { } image)
        {
            return image;
        }

        if (intent.BuildMode == BuildMode.Docker && stack.ImageRegistry is { } registry && stack.ImageTag is { } tag)
        {
            return $"{registry}/{intent.Name}:{tag}";
        }

        if (intent.BuildMode == BuildMode.Docker)
        {
            diagnostics.Error(intent.Source, $"{IntentKeys.Application}.{intent.Name}.{IntentKeys.Image}",
                $"is required: build_mode DOCKER takes its image from fleet:imageRegistry and fleet:imageTag, which {stack.SourceFile} does not set; set them or give the app an image");
        }

        return null;
    }

    /// <summary>A production stack's <c>fleet:schedule</c> is an error unless <c>fleet:allowSchedules</c> is true.</summary>
    private static void RefuseStackScheduleInProduction(StackConfig stack, DiagnosticBag diagnostics)
    {
        if (stack is { IsProduction: true, AllowSchedules: false, Schedule: { Hours: { } hours } setting })
        {
            diagnostics.Error(setting.Source, setting.Path,
                $"scales every app to zero outside {hours}, but environment '{stack.Environment}' is production; remove it, or set {StackKeys.Namespace}:allowSchedules: true if this stack may really stop at night");
        }
    }

    /// <summary>
    /// The app's own schedule, else the stack's; <c>always</c> means none. An app's schedule in a production stack is an
    /// error unless <c>fleet:allowSchedules</c> is true (the stack default is reported once, by <see cref="RefuseStackScheduleInProduction"/>).
    /// </summary>
    private static WorkingHours? ResolveSchedule(StackConfig stack, ApplicationIntent intent, DiagnosticBag diagnostics)
    {
        var setting = intent.Schedule ?? stack.Schedule;
        if (setting?.Hours is not { } hours)
        {
            return null;
        }

        if (stack is { IsProduction: true, AllowSchedules: false })
        {
            if (intent.Schedule is not null)
            {
                var fix = setting.Path.StartsWith($"{StackKeys.Namespace}:appOverrides", StringComparison.Ordinal)
                    ? "remove it"
                    : $"set schedule: always for it in {StackKeys.Namespace}:appOverrides, keep schedules in non-production stacks' overrides";
                diagnostics.Error(setting.Source, setting.Path,
                    $"scales '{intent.Name}' to zero outside {hours}, but environment '{stack.Environment}' is production; {fix}, or set {StackKeys.Namespace}:allowSchedules: true");
            }

            return null;
        }

        return hours;
    }

    /// <summary>
    /// The app on one cluster: its baseline plus the routes of its public ports. An app without public ports has the
    /// same plan, the very same object, on every cluster.
    /// </summary>
    private static AppPlan? PlanApp(StackConfig stack, ClusterConfig cluster, ResolvedApp app, DiagnosticBag diagnostics)
    {
        if (app.PublicPorts.IsEmpty)
        {
            return app.Baseline;
        }

        var intent = app.Intent;
        var routes = ImmutableArray.CreateBuilder<IngressRoute>();
        for (var i = 0; i < app.PublicPorts.Length; i++)
        {
            var port = app.PublicPorts[i];
            // An apps-only stack serves its default hosts only: custom domains are the base's (or production's).
            if (i == 0 && intent.CustomDomains.Length > 0 && !stack.IsAppsOnly)
            {
                routes.AddRange(intent.CustomDomains.Select(d => new IngressRoute(d.Domain, port.Number, ProviderCertificate: d.GenerateCertificate)));
                continue;
            }

            if (stack.Domain is not { } domain)
            {
                diagnostics.Error(port.Source, $"{IntentKeys.Application}.{intent.Name}.{IntentKeys.Ports}",
                    $"port {port.Number} is public but has no host: set fleet:domain in {stack.SourceFile} (hosts become {intent.Name}.{cluster.Name}.<domain>) or add custom_domains");
                return null;
            }

            var label = i == 0 ? intent.Name : $"{intent.Name}-{port.Number}";
            label = stack.IsAppsOnly ? Review.ReviewNames.Label(label, stack.StackName) : label;
            var host = $"{label}.{cluster.Name}.{domain}";
            if (!KubernetesNames.IsHostName(host))
            {
                diagnostics.Error(port.Source, $"{IntentKeys.Application}.{intent.Name}.{IntentKeys.Ports}",
                    $"the default host '{host}' is not a valid host name (a label over 63 characters or over 253 in all); shorten the app or cluster name, or add custom_domains");
                return null;
            }

            routes.Add(new IngressRoute(host, port.Number, ProviderCertificate: true, IsDefaultHost: true, InTls: Review.AppsOnlyPlanning.InTls(stack, cluster)));
        }

        return app.Baseline with { Routes = routes.Count > 1 ? [.. routes.OrderBy(r => r.Port).ThenBy(r => r.Host, StringComparer.Ordinal)] : routes.ToImmutable() };
    }

    /// <summary>Everything of an app's plan that does not depend on the cluster: all of it but the routes.</summary>
    private static AppPlan Baseline(StackConfig stack, ApplicationIntent intent, string image, WorkingHours? schedule) => new()
    {
        Name = intent.Name,
        Namespace = stack.NamespaceOf(intent.Name),
        Image = image,
        Cpu = intent.Cpu,
        Memory = intent.Memory,
        Ports = intent.Ports,
        Scaling = new ScalingPlan(intent.MinInstances, intent.MaxInstances)
        {
            Schedule = schedule,
            Horizontal = intent.Autoscaling ?? HorizontalScaling.Default,
            Suspended = stack.Suspended,
        },
        Readiness = intent.Readiness ?? DefaultReadiness(intent),
        Liveness = intent.Liveness,
        Environment = intent.Environment,
        Secrets = intent.Secrets,
        Routes = [],
    };

    /// <summary>An app selected for the stack, with its image resolved and its cluster-independent plan made once.</summary>
    private sealed record ResolvedApp(ApplicationIntent Intent, AppPlan Baseline, ImmutableArray<PortIntent> PublicPorts);

    /// <summary>TCP on the first port that speaks TCP; a UDP-only app gets no default probe.</summary>
    private static ProbeIntent? DefaultReadiness(ApplicationIntent intent) =>
        intent.Ports.FirstOrDefault(p => p.Protocol != PortProtocol.Udp) is { } port ? ProbeIntent.TcpOn(port.Number) : null;
}
