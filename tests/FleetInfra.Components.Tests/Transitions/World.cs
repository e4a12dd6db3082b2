using System.Collections.Immutable;
using K = FleetInfra.Components.Tests.Transitions.KubernetesKinds;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// One existing cloud or cluster object: a resource's state as a step applied it, and for each input the objects (by id)
/// the values came from at that moment, so an old and a new generation of a replaced resource can be told apart.
/// </summary>
internal sealed record Instance(string Id, SnapshotResource State, ImmutableDictionary<string, ImmutableArray<string>> Bindings)
{
    public string Key => State.Key;

    public string Type => State.Type;

    public ImmutableDictionary<string, object> Inputs => State.Inputs;

    public string? Scope => State.ProviderKey;
}

/// <summary>
/// What exists in the clouds and clusters between two steps of <c>pulumi up</c>: the objects Pulumi manages, which
/// certificates ACM has issued, the DNS records by name with the object or ExternalDNS owner that wrote them.
/// </summary>
internal sealed record World(
    ImmutableList<Instance> Live,
    ImmutableDictionary<string, int> Generations,
    ImmutableHashSet<string> IssuedCertificates,
    ImmutableDictionary<string, string> Records,
    ImmutableArray<string> DnsConflicts)
{
    public static World Empty { get; } = new([], ImmutableDictionary<string, int>.Empty, [], ImmutableDictionary<string, string>.Empty, []);

    public IEnumerable<Instance> OfType(string type) => Live.Where(i => i.Type == type);

    public Instance? Newest(string key) => Live.Where(i => i.Key == key).MaxBy(i => Generation(i.Id));

    /// <summary>The oldest generation of a resource: what a delete removes (a replaced resource's old object, or the only one).</summary>
    public Instance? Oldest(string key) => Live.Where(i => i.Key == key).MinBy(i => Generation(i.Id));

    public Instance? ById(string id) => Live.FirstOrDefault(i => i.Id == id);

    /// <summary>The world after <paramref name="step"/>, then after every live ExternalDNS has synced once.</summary>
    public World Apply(Step step)
    {
        var world = step.Kind switch
        {
            StepKind.Create or StepKind.CreateReplacement => Created(step.Resource),
            StepKind.Update => Updated(step.Resource),
            _ => Deleted(step.Resource.Key),
        };
        return world.ExternalDnsSynced();
    }

    /// <summary>The physical DNS name a record resource writes (Route 53 or Cloud DNS), or null for other types.</summary>
    public static string? RecordName(SnapshotResource resource) => resource.Type switch
    {
        K.Route53Record => $"route53:{InputPaths.At(resource.Inputs, "zoneId")}:{Fqdn(InputPaths.At(resource.Inputs, "name"))}",
        K.CloudDnsRecordSet => $"clouddns:{InputPaths.At(resource.Inputs, "project")}/{InputPaths.At(resource.Inputs, "managedZone")}:{Fqdn(InputPaths.At(resource.Inputs, "name"))}",
        _ => null,
    };

    /// <summary>
    /// The cloud or cluster name of a resource whose name must be unique and that the provider cannot overwrite, or null.
    /// pulumi-kubernetes v4.32.0 creates a Kubernetes object with a plain create, which fails with AlreadyExists when the
    /// name is taken (provider/pkg/await/await.go <c>Creation</c>: server-side apply upserts only with
    /// <c>upsertExistingObjects</c>, or for Patch resources, neither of which FleetInfra uses).
    /// </summary>
    public static string? UniqueName(SnapshotResource resource) => resource.Type switch
    {
        K.CloudDnsRecordSet => RecordName(resource),
        K.GlobalAddress or K.Firewall => $"{resource.Type}:{InputPaths.At(resource.Inputs, "project")}/{InputPaths.At(resource.Inputs, "name")}",
        _ when resource.Type.StartsWith("kubernetes:", StringComparison.Ordinal) && InputPaths.At(resource.Inputs, "metadata.name") is string name =>
            KubernetesName(resource.ProviderKey, GroupKind(resource.Type), InputPaths.At(resource.Inputs, "metadata.namespace") as string, name),
        _ => null,
    };

    /// <summary>Who holds each unique name now: the live objects Pulumi registered, and KEDA for the HPA of each ScaledObject.</summary>
    public IEnumerable<string> HoldersOf(string name) =>
        Live.Where(i => UniqueName(i.State) == name).Select(i => i.Id)
            .Concat(OfType(K.ScaledObject).Where(s => KedaHpaName(s) == name).Select(s => $"KEDA for {s.Id}"));

    /// <summary>
    /// The HPA KEDA owns for a ScaledObject as long as it exists, in its namespace: the one named in
    /// <c>advanced.horizontalPodAutoscalerConfig.name</c> (which it adopts when it exists, with
    /// <c>transfer-hpa-ownership</c>), else <c>keda-hpa-NAME</c> (kedacore/keda v2.20.2 controllers/keda/hpa.go
    /// <c>getHPAName</c>, <c>updateHPAIfNeeded</c>). Its controller ownerReference makes the garbage collector delete it
    /// with the ScaledObject.
    /// </summary>
    private static string KedaHpaName(Instance scaledObject)
    {
        var name = InputPaths.At(scaledObject.Inputs, "spec.advanced.horizontalPodAutoscalerConfig.name") as string
            ?? $"keda-hpa-{InputPaths.At(scaledObject.Inputs, "metadata.name")}";
        return KubernetesName(scaledObject.Scope, GroupKind(K.HorizontalPodAutoscaler), InputPaths.At(scaledObject.Inputs, "metadata.namespace") as string, name);
    }

    private static string KubernetesName(string? cluster, string groupKind, string? @namespace, string name) =>
        $"{groupKind} {(@namespace is null ? name : $"{@namespace}/{name}")} on {cluster}";

    /// <summary><c>group/Kind</c> of a Kubernetes type token (<c>kubernetes:autoscaling/v2:HorizontalPodAutoscaler</c>): the version does not part names.</summary>
    private static string GroupKind(string type)
    {
        var parts = type.Split(':');
        return $"{parts[1].Split('/')[0]}/{parts[2]}";
    }

    private static string Fqdn(object? name) => (name as string ?? "").TrimEnd('.');

    private static int Generation(string id) => int.Parse(id[(id.LastIndexOf('#') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private World Created(SnapshotResource resource)
    {
        var generation = Generations.GetValueOrDefault(resource.Key) + 1;
        var instance = new Instance($"{resource.Key}#{generation}", resource, Bind(resource));
        return (this with { Live = Live.Add(instance), Generations = Generations.SetItem(resource.Key, generation) }).Written(instance);
    }

    private World Updated(SnapshotResource resource)
    {
        var current = Newest(resource.Key) ?? throw new InvalidOperationException($"update of {resource.Key}, which does not exist");
        var instance = current with { State = resource, Bindings = Bind(resource) };
        return (this with { Live = Live.Replace(current, instance) }).Written(instance);
    }

    private World Deleted(string key)
    {
        var instance = Oldest(key) ?? throw new InvalidOperationException($"delete of {key}, which does not exist");
        var records = RecordName(instance.State) is { } name ? Records.Remove(name) : Records;
        return this with { Live = Live.Remove(instance), Records = records };
    }

    /// <summary>Each input's dependencies as the objects that exist now (their newest generation).</summary>
    private ImmutableDictionary<string, ImmutableArray<string>> Bind(SnapshotResource resource) =>
        resource.PropertyDependencies.ToImmutableDictionary(
            p => p.Key,
            p => p.Value.Select(Newest).OfType<Instance>().Select(i => i.Id).ToImmutableArray(),
            StringComparer.Ordinal);

    /// <summary>What applying an object does beyond existing: a validation issues its certificate, a record is written.</summary>
    private World Written(Instance instance)
    {
        var world = this;
        if (instance.Type == K.CertificateValidation)
        {
            world = world with { IssuedCertificates = world.IssuedCertificates.Union(instance.Bindings.GetValueOrDefault("certificateArn", [])) };
        }

        if (RecordName(instance.State) is { } name)
        {
            world = world with { Records = world.Records.SetItem(name, instance.Id) };
        }

        return world;
    }

    /// <summary>
    /// Every live ExternalDNS (policy <c>sync</c> or <c>upsert-only</c>, TXT registry with <c>txtOwnerId</c>) writes the
    /// hosts of the Ingresses of its cluster and, with <c>sync</c>, deletes the records it owns that no Ingress names any more.
    /// A host another owner already holds is not taken over (the TXT registry refuses), which is a conflict. Source:
    /// kubernetes-sigs/external-dns v0.21.0 plan/policy.go (<c>SyncPolicy</c> keeps deletes, <c>UpsertOnlyPolicy</c> drops them).
    /// </summary>
    private World ExternalDnsSynced()
    {
        var records = Records.ToBuilder();
        var conflicts = ImmutableArray.CreateBuilder<string>();
        foreach (var externalDns in OfType(K.HelmRelease).Where(r => InputPaths.At(r.Inputs, "chart") is "external-dns"))
        {
            var owner = $"external-dns:{InputPaths.At(externalDns.Inputs, "values.txtOwnerId")}";
            var zones = InputPaths.Strings(externalDns.Inputs, "values.domainFilters").ToList();
            var hosts = OfType(K.Ingress)
                .Where(i => i.Scope == externalDns.Scope)
                .SelectMany(IngressHosts)
                .Where(host => zones.Any(zone => host == zone || host.EndsWith("." + zone, StringComparison.Ordinal)))
                .Select(host => $"route53-external:{host}")
                .ToHashSet(StringComparer.Ordinal);
            if (InputPaths.At(externalDns.Inputs, "values.policy") is "sync")
            {
                foreach (var stale in records.Where(r => r.Value == owner && !hosts.Contains(r.Key)).Select(r => r.Key).ToList())
                {
                    records.Remove(stale);
                }
            }

            foreach (var host in hosts)
            {
                if (records.TryGetValue(host, out var holder) && holder != owner)
                {
                    conflicts.Add($"{host["route53-external:".Length..]} is claimed by {owner} and {holder}");
                }
                else
                {
                    records[host] = owner;
                }
            }
        }

        return this with { Records = records.ToImmutable(), DnsConflicts = conflicts.ToImmutable() };
    }

    /// <summary>The hosts of an Ingress's rules.</summary>
    public static IEnumerable<string> IngressHosts(Instance ingress) =>
        InputPaths.At(ingress.Inputs, "spec.rules") is IEnumerable<object> rules
            ? rules.Select(rule => InputPaths.At(rule, "host")).OfType<string>()
            : [];
}
