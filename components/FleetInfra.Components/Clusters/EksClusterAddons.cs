using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Aws.Acm;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Route53;
using Pulumi.Kubernetes.Helm.V3;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// The add-ons the core planned for an EKS cluster (<see cref="ClusterAddons"/>), mapped onto Pulumi resources:
/// metrics-server, Cluster Autoscaler and ExternalDNS by their pinned Helm charts (each AWS-facing one with its own
/// IRSA role and least-privilege policy), and the ACM certificate validated in the Route 53 zone, whose ARN the AWS Load
/// Balancer Controller is given.
/// </summary>
internal sealed class EksClusterAddons(
    string name, ComponentResource parent, ProviderResource aws, Pulumi.Kubernetes.Provider kubernetes,
    Output<string> clusterName, Output<string> partition, Output<(string Arn, string Url)> oidc, string region)
{
    /// <summary>The namespace the add-ons run in, beside the other cluster services.</summary>
    public const string Namespace = "kube-system";

    /// <summary>
    /// The ACM certificate of <paramref name="addons"/>, validated, or null when none is planned. Its ARN goes to the load
    /// balancer controller (<see cref="EksCluster"/>), so it has to exist before the controller's release.
    /// </summary>
    public CertificateValidation? Certificate(ClusterAddons addons) => addons.Certificate is { } certificate ? Certificate(certificate) : null;

    /// <summary>
    /// Installs every Helm chart of <paramref name="addons"/>. They do not wait for the AWS Load Balancer Controller: its
    /// only webhook that matches their objects, the Service mutator, is off (see <see cref="EksCluster"/>).
    /// </summary>
    public void InstallCharts(ClusterAddons addons)
    {
        if (addons.MetricsServer is { } metricsServer)
        {
            _ = Chart("metrics-server", metricsServer, Output.Create(AddonChartValues.MetricsServer()), []);
        }

        if (addons.NodeAutoscaler is { } autoscaler)
        {
            ClusterAutoscaler(autoscaler);
        }

        if (addons.ExternalDns is { } externalDns)
        {
            ExternalDns(externalDns);
        }

        if (addons.Keda is { } keda)
        {
            Keda(keda, addons.KedaPodIdentity);
        }

        if (addons.VerticalPodAutoscaler is { Chart: { } vpaChart } vpa)
        {
            _ = VerticalPodAutoscalerRelease.Install(name, vpa, vpaChart, parent, kubernetes);
        }
    }

    private void ClusterAutoscaler(ClusterAutoscalerPlan plan)
    {
        var role = IrsaRole("cluster-autoscaler", Namespace, AddonChartValues.ClusterAutoscalerServiceAccount,
            Output.Tuple(clusterName, partition).Apply(v => IamPolicyDocuments.ClusterAutoscalerPolicy(v.Item2, region, v.Item1)));
        var values = Output.Tuple(clusterName, role.Role.Arn).Apply(v => AddonChartValues.ClusterAutoscaler(plan, region, v.Item1, v.Item2));
        _ = Chart("cluster-autoscaler", plan.Chart, values, [role.Attachment]);
    }

    /// <summary>
    /// KEDA; with queue triggers, also its operator's IRSA role (only <c>keda:keda-operator</c> may assume it, and it may
    /// only read the attributes of the apps' queues) and the ClusterTriggerAuthentication their triggers name.
    /// </summary>
    private void Keda(HelmChart chart, KedaPodIdentityPlan? identity)
    {
        if (identity is null)
        {
            _ = KedaRelease.Install(name, chart, parent, kubernetes);
            return;
        }

        var role = IrsaRole("keda", KedaPodIdentityPlan.OperatorNamespace, KedaPodIdentityPlan.OperatorServiceAccount,
            Output.Create(IamPolicyDocuments.QueueReaderPolicy(identity.SqsQueueArns)));
        _ = KedaRelease.Install(name, chart, parent, kubernetes, [role.Attachment], (identity, role.Role.Arn.Apply(KedaChartValues.Aws)));
    }

    private void ExternalDns(ExternalDnsPlan plan)
    {
        var zoneId = ZoneId(plan.Zone);
        var role = IrsaRole("external-dns", Namespace, AddonChartValues.ExternalDnsServiceAccount,
            Output.Tuple(zoneId, partition).Apply(v => IamPolicyDocuments.ExternalDnsPolicy(v.Item2, v.Item1)));
        var values = Output.Tuple(zoneId, role.Role.Arn).Apply(v => AddonChartValues.ExternalDns(plan, region, v.Item1, v.Item2));
        _ = Chart("external-dns", plan.Chart, values, [role.Attachment]);
    }

    /// <summary>
    /// The certificate, one validation record per name in the zone, and the validation the load balancer controller's
    /// release waits for. A change of names replaces the certificate (ACM's names are replace-on-change); Pulumi creates
    /// the new one first and deletes the old one last, after the controller's release names the new ARN.
    /// </summary>
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
        foreach (var (domain, position) in plan.Domains.Select((domain, index) => (domain, index + 1)))
        {
            // Keyed by the name, not its position: adding or removing a name leaves every other name's record in place,
            // so the certificate that is still attached never loses the record ACM renews it with.
            var option = certificate.DomainValidationOptions.Apply(options => options.Single(o => o.DomainName == domain));
            var record = new Record(ValidationRecordName(name, domain), new RecordArgs
            {
                ZoneId = zoneId,
                Name = option.Apply(o => o.ResourceRecordName ?? throw new InvalidOperationException($"ACM gave no validation record name for {domain}")),
                Type = option.Apply(o => o.ResourceRecordType ?? "CNAME"),
                Records = { option.Apply(o => o.ResourceRecordValue ?? throw new InvalidOperationException($"ACM gave no validation record value for {domain}")) },
                Ttl = 60,
                AllowOverwrite = true,
            }, new CustomResourceOptions
            {
                Parent = parent,
                Provider = aws,
                // Stacks deployed before records were keyed by name called this one by its position: the alias moves it
                // over instead of deleting the record (and with it the live certificate's validation).
                Aliases = { new Pulumi.Alias { Name = $"{name}-ingress-validation-{position}" } },
            });
            records.Add(record.Fqdn);
        }

        return new CertificateValidation($"{name}-ingress", new CertificateValidationArgs
        {
            CertificateArn = certificate.Arn,
            ValidationRecordFqdns = records,
        }, Aws());
    }

    /// <summary>The Pulumi name of one name's validation record: <c>{cluster}-ingress-validation-{domain}</c> (a wildcard's <c>*</c> as <c>wildcard</c>).</summary>
    public static string ValidationRecordName(string cluster, string domain) =>
        $"{cluster}-ingress-validation-{domain.Replace("*", "wildcard", StringComparison.Ordinal)}";

    private Output<string> ZoneId(Core.Config.Route53Zone zone) =>
        zone.ZoneId is { } id
            ? Output.Create(id)
            : GetZone.Invoke(new GetZoneInvokeArgs { Name = zone.ZoneName, PrivateZone = false }, new InvokeOptions { Parent = parent, Provider = aws }).Apply(z => z.ZoneId);

    /// <summary>A role only <c>{serviceAccountNamespace}:{serviceAccount}</c> can assume through the cluster's OIDC provider, with its own policy.</summary>
    private (Role Role, RolePolicyAttachment Attachment) IrsaRole(string addon, string serviceAccountNamespace, string serviceAccount, Output<string> policyDocument)
    {
        var role = new Role($"{name}-{addon}", new RoleArgs
        {
            Description = $"{addon} of EKS cluster {name} (IRSA)",
            AssumeRolePolicy = oidc.Apply(o => IamPolicyDocuments.ServiceAccountAssumeRole(o.Arn, o.Url, serviceAccountNamespace, serviceAccount)),
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
        new($"{name}-{release}", ChartRelease.Args(release, chart, Namespace, values), new CustomResourceOptions { Parent = parent, Provider = kubernetes, DependsOn = dependsOn });

    private CustomResourceOptions Aws() => new() { Parent = parent, Provider = aws };
}
