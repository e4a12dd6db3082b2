using System.Collections.Immutable;
using K = FleetInfra.Components.Tests.Transitions.KubernetesKinds;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// What must hold at every step of a transition. <paramref name="Hosts"/> and <paramref name="TlsHosts"/> are the public
/// hosts (with a DNS record) and the HTTPS hosts of ALB Ingresses that exist both before and after the transition:
/// those must keep working throughout.
/// </summary>
internal sealed record Invariants(ImmutableHashSet<string> Hosts, ImmutableHashSet<string> TlsHosts)
{
    /// <summary>Every violation of taking <paramref name="step"/> from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public IEnumerable<string> Check(World before, Step step, World after) =>
        WorkloadsHaveOneAutoscaler(after)
            .Concat(ScaledObjectsAreAdmitted(before, step))
            .Concat(ScheduleRemovalRestoresReplicas(step, after))
            .Concat(CertificatesInUseAreKept(before, step))
            .Concat(ListenersHaveValidCertificates(after))
            .Concat(NamesAreFree(before, step))
            .Concat(RecordsOthersNeedAreKept(before, step))
            .Concat(HostsHaveRecords(after))
            .Concat(RecordsHaveOneStack(after))
            .Concat(KedaIsReachable(after));

    /// <summary>
    /// The load balancer controller's chart registers a Service mutating webhook with <c>failurePolicy: Fail</c>
    /// (templates/webhook.yaml of chart 1.15.0, <c>enableServiceMutatorWebhook</c> defaults to true): until its pods
    /// serve, every Service create is rejected (upstream issue #4140). A release installed in the same <c>pulumi up</c> as
    /// the controller must then wait for it.
    /// </summary>
    public static IEnumerable<string> ReleasesDoNotRaceTheControllerWebhook(ImmutableArray<Step> steps, ResourceSnapshot after)
    {
        var controllers = steps.Where(s => s.Kind == StepKind.Create && IsController(s.Resource)
            && InputPaths.At(s.Resource.Inputs, "values.enableServiceMutatorWebhook") is not false).Select(s => s.Resource).ToList();
        foreach (var controller in controllers)
        {
            foreach (var release in steps.Where(s => s.Kind == StepKind.Create && s.Resource.Type == K.HelmRelease
                && s.Resource.ProviderKey == controller.ProviderKey && !IsController(s.Resource)).Select(s => s.Resource))
            {
                if (!WaitsFor(after, release, controller.Key))
                {
                    yield return $"{release.Name} creates Services while the Service webhook of {controller.Name} may not serve yet";
                }
            }
        }
    }

    private static bool WaitsFor(ResourceSnapshot snapshot, SnapshotResource resource, string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(resource.Dependencies);
        while (pending.TryPop(out var next))
        {
            if (next == key)
            {
                return true;
            }

            if (seen.Add(next) && snapshot.ByKey.TryGetValue(next, out var dependency))
            {
                foreach (var further in dependency.Dependencies)
                {
                    pending.Push(further);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// GKE's own firewall rule admits the control plane to private nodes on 443 and 10250 only: KEDA's metrics APIService
    /// (6443) and admission webhooks (9443, chart v2.20.2 values.yaml) need a rule from the control plane's range.
    /// </summary>
    private static IEnumerable<string> KedaIsReachable(World world)
    {
        foreach (var keda in world.OfType(K.HelmRelease).Where(r => InputPaths.At(r.Inputs, "chart") is "keda"))
        {
            var cluster = ClusterOf(keda.Scope);
            var gke = world.OfType("gcp:container/cluster:Cluster").FirstOrDefault(c => c.State.Stack == keda.State.Stack && c.State.Name == $"{cluster}-cluster");
            if (gke is null || InputPaths.At(gke.Inputs, "privateClusterConfig.enablePrivateNodes") is not true)
            {
                continue;
            }

            var masterRange = InputPaths.At(gke.Inputs, "privateClusterConfig.masterIpv4CidrBlock") as string;
            var open = world.OfType(K.Firewall)
                .Where(f => f.State.Stack == keda.State.Stack && InputPaths.Strings(f.Inputs, "sourceRanges").Contains(masterRange))
                .SelectMany(f => InputPaths.At(f.Inputs, "allows") is IEnumerable<object> allows ? allows : [])
                .Where(allow => InputPaths.At(allow, "protocol") is "tcp")
                .SelectMany(allow => InputPaths.Strings(allow, "ports"))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var port in new[] { "6443", "9443" }.Where(p => !open.Contains(p)))
            {
                yield return $"the control plane of {cluster} cannot reach KEDA on port {port} of its private nodes";
            }
        }
    }

    /// <summary>The cluster a Kubernetes provider belongs to: its Pulumi name is <c>{cluster}-k8s</c>.</summary>
    private static string ClusterOf(string? providerKey) =>
        providerKey is null ? "" : providerKey[(providerKey.LastIndexOf("::", StringComparison.Ordinal) + 2)..].Replace("-k8s", "", StringComparison.Ordinal);

    private static bool IsController(SnapshotResource resource) =>
        resource.Type == K.HelmRelease && InputPaths.At(resource.Inputs, "name") is "aws-load-balancer-controller";

    /// <summary>After the last step: no DNS record is left that no Ingress or record resource still wants.</summary>
    public static IEnumerable<string> NoRecordsLeftBehind(World final)
    {
        var wanted = final.OfType(K.Ingress).SelectMany(World.IngressHosts).Select(h => $"route53-external:{h}").ToHashSet(StringComparer.Ordinal);
        return final.Records.Keys.Where(name => name.StartsWith("route53-external:", StringComparison.Ordinal) && !wanted.Contains(name))
            .Select(name => $"the record of {name["route53-external:".Length..]} is left behind (its ExternalDNS was gone before its Ingress)");
    }

    /// <summary>The hosts with a record, and the HTTPS hosts of ALB Ingresses whose controller runs, in a world.</summary>
    public static (ImmutableHashSet<string> Hosts, ImmutableHashSet<string> TlsHosts) PublishedIn(World world)
    {
        var hosts = world.OfType(K.Ingress).SelectMany(World.IngressHosts).Where(host => HasRecord(world, host)).ToImmutableHashSet(StringComparer.Ordinal);
        var tls = world.OfType(K.Ingress).Where(i => IsAlb(i) && Controller(world, i.Scope) is not null).SelectMany(TlsHostsOf).ToImmutableHashSet(StringComparer.Ordinal);
        return (hosts, tls);
    }

    /// <summary>
    /// KEDA's webhook (verifyHpas, scaledobject_webhook.go at v2.20.2) admits a ScaledObject next to an HPA of the same
    /// workload only when it takes the HPA over: <c>transfer-hpa-ownership: "true"</c> and the HPA named in
    /// <c>advanced.horizontalPodAutoscalerConfig.name</c>. Anything else is two autoscalers fighting over the replicas.
    /// </summary>
    private static IEnumerable<string> WorkloadsHaveOneAutoscaler(World world)
    {
        var autoscalers = world.OfType(K.HorizontalPodAutoscaler).Concat(world.OfType(K.ScaledObject))
            .GroupBy(a => (a.Scope, Namespace: InputPaths.At(a.Inputs, "metadata.namespace") as string, Target: InputPaths.At(a.Inputs, "spec.scaleTargetRef.name") as string));
        foreach (var workload in autoscalers.Where(g => g.Count() > 1))
        {
            var scaledObjects = workload.Where(a => a.Type == K.ScaledObject).ToList();
            var hpas = workload.Where(a => a.Type == K.HorizontalPodAutoscaler).ToList();
            var takenOver = scaledObjects.Count == 1 && hpas.All(hpa => TakesOver(scaledObjects[0], InputPaths.At(hpa.Inputs, "metadata.name") as string));
            if (!takenOver)
            {
                yield return $"{workload.Key.Namespace}/{workload.Key.Target} is scaled by {string.Join(" and ", workload.Select(a => a.State.Name))}";
            }
        }
    }

    private static bool TakesOver(Instance scaledObject, string? hpaName) =>
        InputPaths.At(scaledObject.Inputs, "metadata.annotations") is IDictionary<string, object> annotations
        && annotations.TryGetValue(K.TransferHpaOwnership, out var transfer) && transfer is "true"
        && Equals(InputPaths.At(scaledObject.Inputs, "spec.advanced.horizontalPodAutoscalerConfig.name"), hpaName);

    /// <summary>KEDA's webhook reads the scale target from its cache: a ScaledObject whose Deployment does not exist yet is denied.</summary>
    private static IEnumerable<string> ScaledObjectsAreAdmitted(World before, Step step)
    {
        if (step.Resource.Type != K.ScaledObject || step.Kind is StepKind.Delete or StepKind.DeleteReplaced)
        {
            yield break;
        }

        var target = (InputPaths.At(step.Resource.Inputs, "metadata.namespace"), InputPaths.At(step.Resource.Inputs, "spec.scaleTargetRef.name"));
        if (!before.OfType(K.Deployment).Any(d => d.Scope == step.Resource.ProviderKey
            && Equals((InputPaths.At(d.Inputs, "metadata.namespace"), InputPaths.At(d.Inputs, "metadata.name")), target)))
        {
            yield return $"KEDA denies {step.Resource.Name}: its Deployment {target.Item1}/{target.Item2} does not exist yet";
        }
    }

    /// <summary>
    /// A ScaledObject that scaled its workload to zero leaves it there when deleted, unless it restores the replica count
    /// it found (<c>advanced.restoreToOriginalReplicaCount</c>); an HPA does not scale up from zero either.
    /// </summary>
    private static IEnumerable<string> ScheduleRemovalRestoresReplicas(Step step, World after)
    {
        if (step.Resource.Type != K.ScaledObject || step.Kind is not (StepKind.Delete or StepKind.DeleteReplaced))
        {
            yield break;
        }

        var target = (InputPaths.At(step.Resource.Inputs, "metadata.namespace"), InputPaths.At(step.Resource.Inputs, "spec.scaleTargetRef.name"));
        var workloadStays = after.OfType(K.Deployment).Any(d => d.Scope == step.Resource.ProviderKey
            && Equals((InputPaths.At(d.Inputs, "metadata.namespace"), InputPaths.At(d.Inputs, "metadata.name")), target));
        if (workloadStays && InputPaths.At(step.Resource.Inputs, "spec.advanced.restoreToOriginalReplicaCount") is not true)
        {
            yield return $"deleting {step.Resource.Name} leaves {target.Item1}/{target.Item2} at its replica count of the moment (0 outside working hours)";
        }
    }

    /// <summary>ACM refuses to delete a certificate a listener uses (<c>ResourceInUseException</c>, retried until the update fails).</summary>
    private static IEnumerable<string> CertificatesInUseAreKept(World before, Step step)
    {
        if (step.Resource.Type != K.Certificate || step.Kind is not (StepKind.Delete or StepKind.DeleteReplaced))
        {
            yield break;
        }

        var deleted = before.Oldest(step.Resource.Key)!;
        foreach (var scope in before.OfType(K.Ingress).Where(IsAlb).Select(i => i.Scope).Distinct())
        {
            if (AttachedCertificates(before, scope).Any(c => c.Id == deleted.Id))
            {
                yield return $"ACM cannot delete {deleted.Id}: the ALB of {scope} still uses it (ResourceInUseException)";
            }
        }
    }

    /// <summary>Every HTTPS host that works before and after keeps a live, issued certificate that covers it on its listener.</summary>
    private IEnumerable<string> ListenersHaveValidCertificates(World world)
    {
        foreach (var scope in world.OfType(K.Ingress).Where(IsAlb).GroupBy(i => i.Scope))
        {
            if (Controller(world, scope.Key) is null)
            {
                continue;
            }

            var attached = AttachedCertificates(world, scope.Key).ToList();
            // A certificate the stack names itself is outside Pulumi's state: it exists throughout.
            foreach (var host in scope.Where(i => !NamesItsCertificate(i)).SelectMany(TlsHostsOf).Distinct().Where(TlsHosts.Contains))
            {
                if (!attached.Any(c => world.IssuedCertificates.Contains(c.Id) && Names(c).Any(name => Covers(name, host))))
                {
                    yield return $"the listener of {scope.Key} has no valid certificate for {host}";
                }
            }
        }
    }

    /// <summary>
    /// The certificates on the listener of a cluster's ALB: those the controller's IngressClassParams names (the
    /// certificate objects its release's values came from), else what certificate discovery finds (pkg/certs at
    /// v2.15.0): every issued certificate of the account that covers one of the Ingress hosts.
    /// </summary>
    private static IEnumerable<Instance> AttachedCertificates(World world, string? scope)
    {
        var controller = Controller(world, scope);
        if (controller is null)
        {
            return [];
        }

        if (InputPaths.Strings(controller.Inputs, "values.ingressClassParams.spec.certificateArn").Any())
        {
            return controller.Bindings.GetValueOrDefault("values", [])
                .Select(world.ById).OfType<Instance>().Where(i => i.Type == K.CertificateValidation)
                .SelectMany(v => v.Bindings.GetValueOrDefault("certificateArn", [])).Select(world.ById).OfType<Instance>();
        }

        // An Ingress that names its own certificate (the annotation) is not discovered for.
        var hosts = world.OfType(K.Ingress).Where(i => i.Scope == scope && IsAlb(i) && !NamesItsCertificate(i)).SelectMany(TlsHostsOf).ToList();
        return world.OfType(K.Certificate)
            .Where(c => c.State.Stack == controller.State.Stack && world.IssuedCertificates.Contains(c.Id) && Names(c).Any(name => hosts.Any(host => Covers(name, host))));
    }

    /// <summary>
    /// GCP refuses to create an object whose name is taken (HTTP 409), and so does the Kubernetes API server
    /// (AlreadyExists): a replacement under the same name cannot be created first, nor an object whose name another
    /// live object, or KEDA for a ScaledObject, holds.
    /// </summary>
    private static IEnumerable<string> NamesAreFree(World before, Step step)
    {
        if (step.Kind is not (StepKind.Create or StepKind.CreateReplacement) || World.UniqueName(step.Resource) is not { } name)
        {
            yield break;
        }

        foreach (var holder in before.HoldersOf(name))
        {
            yield return $"cannot create {step.Resource.Name}: {name} already exists (held by {holder})";
        }
    }

    /// <summary>Deleting a record resource deletes the record by name, even when another live resource wrote the same one.</summary>
    private static IEnumerable<string> RecordsOthersNeedAreKept(World before, Step step)
    {
        if (step.Kind is not (StepKind.Delete or StepKind.DeleteReplaced) || World.RecordName(step.Resource) is not { } name)
        {
            yield break;
        }

        var deleted = before.Oldest(step.Resource.Key)!;
        foreach (var other in before.Live.Where(i => i.Id != deleted.Id && World.RecordName(i.State) == name))
        {
            yield return $"deleting {deleted.Id} deletes {name}, which {other.Id} still needs";
        }
    }

    private IEnumerable<string> HostsHaveRecords(World world) =>
        world.OfType(K.Ingress).SelectMany(World.IngressHosts).Distinct().Where(Hosts.Contains).Where(host => !HasRecord(world, host))
            .Select(host => $"{host} has no DNS record");

    private static IEnumerable<string> RecordsHaveOneStack(World world) =>
        world.Live.Where(i => World.RecordName(i.State) is not null)
            .GroupBy(i => World.RecordName(i.State)!)
            .Where(g => g.Select(i => i.State.Stack).Distinct().Count() > 1)
            .Select(g => $"{g.Key} is owned by stacks {string.Join(" and ", g.Select(i => i.State.Stack).Distinct().Order(StringComparer.Ordinal))}")
            .Concat(world.DnsConflicts);

    private static bool HasRecord(World world, string host) =>
        world.Records.ContainsKey($"route53-external:{host}")
        || world.Records.Keys.Any(name => name.StartsWith("clouddns:", StringComparison.Ordinal) && name.EndsWith(":" + host, StringComparison.Ordinal));

    private static Instance? Controller(World world, string? scope) =>
        world.OfType(K.HelmRelease).FirstOrDefault(r => r.Scope == scope && InputPaths.At(r.Inputs, "name") is "aws-load-balancer-controller");

    private static bool NamesItsCertificate(Instance ingress) =>
        InputPaths.At(ingress.Inputs, "metadata.annotations") is IDictionary<string, object> annotations
        && annotations.ContainsKey("alb.ingress.kubernetes.io/certificate-arn");

    private static bool IsAlb(Instance ingress) => InputPaths.At(ingress.Inputs, "spec.ingressClassName") is "alb";

    private static IEnumerable<string> TlsHostsOf(Instance ingress) =>
        InputPaths.At(ingress.Inputs, "spec.tls") is IEnumerable<object> tls ? tls.SelectMany(t => InputPaths.Strings(t, "hosts")) : [];

    private static IEnumerable<string> Names(Instance certificate) =>
        new[] { InputPaths.At(certificate.Inputs, "domainName") as string }.OfType<string>().Concat(InputPaths.Strings(certificate.Inputs, "subjectAlternativeNames"));

    /// <summary>Whether a certificate name covers a host: equal, or a wildcard one label above it.</summary>
    public static bool Covers(string name, string host) =>
        name == host || (name.StartsWith("*.", StringComparison.Ordinal) && host.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && host[(dot + 1)..] == name[2..]);
}
