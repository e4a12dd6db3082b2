using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Aws.Acm;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Route53;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// The add-ons the core planned for an EKS cluster (<see cref="ClusterAddons"/>), mapped onto Pulumi resources:
/// metrics-server, Cluster Autoscaler and ExternalDNS by their pinned Helm charts (each AWS-facing one with its own
/// IRSA role and least-privilege policy), and the ACM certificate validated in the Route 53 zone.
/// </summary>
internal sealed class EksClusterAddons(
    string name, ComponentResource parent, ProviderResource aws, Pulumi.Kubernetes.Provider kubernetes,
    Output<string> clusterName, Output<string> partition, Output<(string Arn, string Url)> oidc, string region)
{
    /// <summary>The namespace the add-ons run in, beside the other cluster services.</summary>
    public const string Namespace = "kube-system";

    public const string ClusterAutoscalerServiceAccount = "cluster-autoscaler";

    public const string ExternalDnsServiceAccount = "external-dns";

    /// <summary>Installs every add-on of <paramref name="addons"/>; returns what Ingresses must wait for (the validated certificate).</summary>
    public ImmutableArray<Resource> Install(ClusterAddons addons)
    {
        if (addons.MetricsServer is { } metricsServer)
        {
            _ = Chart("metrics-server", metricsServer, Output.Create(ImmutableDictionary<string, object>.Empty), []);
        }

        if (addons.NodeAutoscaler is { } autoscaler)
        {
            ClusterAutoscaler(autoscaler);
        }

        if (addons.ExternalDns is { } externalDns)
        {
            ExternalDns(externalDns);
        }

        return addons.Certificate is { } certificate ? [Certificate(certificate)] : [];
    }

    private void ClusterAutoscaler(ClusterAutoscalerPlan plan)
    {
        var role = IrsaRole("cluster-autoscaler", ClusterAutoscalerServiceAccount,
            Output.Tuple(clusterName, partition).Apply(v => IamPolicyDocuments.ClusterAutoscalerPolicy(v.Item2, region, v.Item1)));
        var values = Output.Tuple(clusterName, role.Role.Arn).Apply(v => Values(new Dictionary<string, object>
        {
            ["cloudProvider"] = "aws",
            ["awsRegion"] = region,
            ["autoDiscovery"] = new Dictionary<string, object> { ["clusterName"] = v.Item1 },
            ["image"] = new Dictionary<string, object> { ["tag"] = plan.ImageTag },
            ["rbac"] = new Dictionary<string, object>
            {
                ["serviceAccount"] = new Dictionary<string, object>
                {
                    ["name"] = ClusterAutoscalerServiceAccount,
                    ["annotations"] = new Dictionary<string, object> { ["eks.amazonaws.com/role-arn"] = v.Item2 },
                },
            },
            ["extraArgs"] = new Dictionary<string, object>
            {
                ["balance-similar-node-groups"] = true,
                ["expander"] = "least-waste",
                ["skip-nodes-with-system-pods"] = false,
            },
            ["resources"] = Requests("100m", "300Mi"),
            ["securityContext"] = PodSecurityContext(),
            ["containerSecurityContext"] = ContainerSecurityContext(),
        }));
        _ = Chart("cluster-autoscaler", plan.Chart, values, [role.Attachment]);
    }

    private void ExternalDns(ExternalDnsPlan plan)
    {
        var zoneId = ZoneId(plan.Zone);
        var role = IrsaRole("external-dns", ExternalDnsServiceAccount,
            Output.Tuple(zoneId, partition).Apply(v => IamPolicyDocuments.ExternalDnsPolicy(v.Item2, v.Item1)));
        var values = Output.Tuple(zoneId, role.Role.Arn).Apply(v => Values(new Dictionary<string, object>
        {
            ["provider"] = new Dictionary<string, object> { ["name"] = "aws" },
            ["sources"] = new[] { "ingress" },
            ["domainFilters"] = new[] { plan.Zone.ZoneName },
            ["policy"] = "sync",
            ["registry"] = "txt",
            ["txtOwnerId"] = plan.TxtOwnerId,
            ["extraArgs"] = new[] { $"--zone-id-filter={v.Item1}", "--aws-zone-type=public" },
            ["env"] = new[] { new Dictionary<string, object> { ["name"] = "AWS_DEFAULT_REGION", ["value"] = region } },
            ["serviceAccount"] = new Dictionary<string, object>
            {
                ["name"] = ExternalDnsServiceAccount,
                ["annotations"] = new Dictionary<string, object> { ["eks.amazonaws.com/role-arn"] = v.Item2 },
            },
            ["resources"] = Requests("50m", "64Mi"),
        }));
        _ = Chart("external-dns", plan.Chart, values, [role.Attachment]);
    }

    /// <summary>The certificate, one validation record per name in the zone, and the validation Ingresses wait for.</summary>
    private CertificateValidation Certificate(AcmCertificatePlan plan)
    {
        var certificate = new Certificate($"{name}-ingress", new CertificateArgs
        {
            DomainName = plan.Domains[0],
            SubjectAlternativeNames = [.. plan.Domains.Skip(1)],
            ValidationMethod = "DNS",
        }, Aws());
        var zoneId = ZoneId(plan.Zone);
        var records = new List<Output<string>>();
        for (var i = 0; i < plan.Domains.Length; i++)
        {
            var domain = plan.Domains[i];
            var option = certificate.DomainValidationOptions.Apply(options => options.Single(o => o.DomainName == domain));
            var record = new Record($"{name}-ingress-validation-{i + 1}", new RecordArgs
            {
                ZoneId = zoneId,
                // The released SDK types these as nullable; ACM always sets them for DNS validation.
                Name = option.Apply(o => o.ResourceRecordName!),
                Type = option.Apply(o => o.ResourceRecordType!),
                Records = { option.Apply(o => o.ResourceRecordValue!) },
                Ttl = 60,
                AllowOverwrite = true,
            }, Aws());
            records.Add(record.Fqdn);
        }

        return new CertificateValidation($"{name}-ingress", new CertificateValidationArgs
        {
            CertificateArn = certificate.Arn,
            ValidationRecordFqdns = records,
        }, Aws());
    }

    private Output<string> ZoneId(Core.Config.Route53Zone zone) =>
        zone.ZoneId is { } id
            ? Output.Create(id)
            : GetZone.Invoke(new GetZoneInvokeArgs { Name = zone.ZoneName, PrivateZone = false }, new InvokeOptions { Parent = parent, Provider = aws }).Apply(z => z.ZoneId);

    /// <summary>A role only <c>kube-system:{serviceAccount}</c> can assume through the cluster's OIDC provider, with its own policy.</summary>
    private (Role Role, RolePolicyAttachment Attachment) IrsaRole(string addon, string serviceAccount, Output<string> policyDocument)
    {
        var role = new Role($"{name}-{addon}", new RoleArgs
        {
            Description = $"{addon} of EKS cluster {name} (IRSA)",
            AssumeRolePolicy = oidc.Apply(o => IamPolicyDocuments.ServiceAccountAssumeRole(o.Arn, o.Url, Namespace, serviceAccount)),
        }, Aws());
        var policy = new Policy($"{name}-{addon}", new PolicyArgs
        {
            Description = $"Permissions of {addon}",
            PolicyDocument = policyDocument,
        }, Aws());
        var attachment = new RolePolicyAttachment($"{name}-{addon}", new RolePolicyAttachmentArgs { Role = role.Name, PolicyArn = policy.Arn }, Aws());
        return (role, attachment);
    }

    private Release Chart(string release, HelmChart chart, Output<ImmutableDictionary<string, object>> values, InputList<Resource> dependsOn) =>
        new($"{name}-{release}", new ReleaseArgs
        {
            Name = release,
            Chart = chart.Name,
            Version = chart.Version,
            Namespace = Namespace,
            RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository },
            Values = values,
        }, new CustomResourceOptions { Parent = parent, Provider = kubernetes, DependsOn = dependsOn });

    private CustomResourceOptions Aws() => new() { Parent = parent, Provider = aws };

    private static ImmutableDictionary<string, object> Values(Dictionary<string, object> values) => values.ToImmutableDictionary(StringComparer.Ordinal);

    private static Dictionary<string, object> Requests(string cpu, string memory) => new()
    {
        ["requests"] = new Dictionary<string, object> { ["cpu"] = cpu, ["memory"] = memory },
        ["limits"] = new Dictionary<string, object> { ["memory"] = memory },
    };

    private static Dictionary<string, object> PodSecurityContext() => new()
    {
        ["runAsNonRoot"] = true,
        ["runAsUser"] = 65534,
        ["seccompProfile"] = new Dictionary<string, object> { ["type"] = "RuntimeDefault" },
    };

    private static Dictionary<string, object> ContainerSecurityContext() => new()
    {
        ["allowPrivilegeEscalation"] = false,
        ["readOnlyRootFilesystem"] = true,
        ["capabilities"] = new Dictionary<string, object> { ["drop"] = new[] { "ALL" } },
    };
}
