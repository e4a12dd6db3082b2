using System.Text.Json;

namespace FleetInfra.Components.Clusters;

/// <summary>The IAM policy documents of an EKS cluster, as JSON strings.</summary>
internal static class IamPolicyDocuments
{
    private const string LoadBalancerControllerPolicyResource = "FleetInfra.Components.Clusters.aws-load-balancer-controller-iam-policy.json";

    /// <summary>Trust policy letting EC2 instances (the worker nodes) assume a role.</summary>
    public static string Ec2AssumeRole() => JsonSerializer.Serialize(new
    {
        Version = "2012-10-17",
        Statement = new[]
        {
            new { Effect = "Allow", Principal = new { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" },
        },
    });

    /// <summary>
    /// IRSA trust policy: only the given Kubernetes service account, through the cluster's OIDC provider, may assume the role.
    /// </summary>
    public static string ServiceAccountAssumeRole(string oidcProviderArn, string oidcProviderUrl, string serviceAccountNamespace, string serviceAccountName)
    {
        var issuerHost = oidcProviderUrl.Replace("https://", "", StringComparison.Ordinal);
        return JsonSerializer.Serialize(new
        {
            Version = "2012-10-17",
            Statement = new[]
            {
                new
                {
                    Effect = "Allow",
                    Principal = new { Federated = oidcProviderArn },
                    Action = "sts:AssumeRoleWithWebIdentity",
                    Condition = new
                    {
                        StringEquals = new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            [$"{issuerHost}:sub"] = $"system:serviceaccount:{serviceAccountNamespace}:{serviceAccountName}",
                            [$"{issuerHost}:aud"] = "sts.amazonaws.com",
                        },
                    },
                },
            },
        });
    }

    /// <summary>
    /// Cluster Autoscaler with auto-discovery: read-only describes everywhere (they take no resource), scaling only of
    /// Auto Scaling groups tagged as this cluster's (EKS tags its managed node groups' groups so), and the node group
    /// describe (labels and taints for scaling up from zero) only for this cluster's node groups.
    /// </summary>
    public static string ClusterAutoscalerPolicy(string partition, string region, string clusterName) => JsonSerializer.Serialize(new
    {
        Version = "2012-10-17",
        Statement = new object[]
        {
            new
            {
                Sid = "DescribeScalingState",
                Effect = "Allow",
                Action = new[]
                {
                    "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeLaunchConfigurations",
                    "autoscaling:DescribeScalingActivities", "ec2:DescribeImages", "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplateVersions",
                    "ec2:GetInstanceTypesFromInstanceRequirements",
                },
                Resource = "*",
            },
            new
            {
                Sid = "ScaleThisClustersGroupsOnly",
                Effect = "Allow",
                Action = new[] { "autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup" },
                Resource = "*",
                Condition = new
                {
                    StringEquals = new Dictionary<string, string>(StringComparer.Ordinal) { [$"aws:ResourceTag/k8s.io/cluster-autoscaler/{clusterName}"] = "owned" },
                },
            },
            new
            {
                Sid = "DescribeThisClustersNodeGroups",
                Effect = "Allow",
                Action = new[] { "eks:DescribeNodegroup" },
                Resource = $"arn:{partition}:eks:{region}:*:nodegroup/{clusterName}/*/*",
            },
        },
    });

    /// <summary>
    /// ExternalDNS for one Route 53 zone: record changes and reads in that zone only; listing zones cannot be limited to
    /// a zone in IAM, and ExternalDNS needs it to find the zone.
    /// </summary>
    public static string ExternalDnsPolicy(string partition, string zoneId) => JsonSerializer.Serialize(new
    {
        Version = "2012-10-17",
        Statement = new object[]
        {
            new
            {
                Sid = "ChangeRecordsInTheZone",
                Effect = "Allow",
                Action = new[] { "route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "route53:ListTagsForResources" },
                Resource = $"arn:{partition}:route53:::hostedzone/{zoneId}",
            },
            new
            {
                Sid = "FindTheZone",
                Effect = "Allow",
                Action = new[] { "route53:ListHostedZones" },
                Resource = "*",
            },
        },
    });

    /// <summary>
    /// KEDA's <c>aws-sqs-queue</c> scaler reads a queue's depth with <c>GetQueueAttributes</c> and nothing else
    /// (kedacore/keda v2.20.2, <c>pkg/scalers/aws_sqs_queue_scaler.go</c>, <c>getAwsSqsQueueLength</c>): that action,
    /// on exactly the queues the cluster's apps name. A queue in another account also needs that account's queue policy
    /// to allow the role.
    /// </summary>
    public static string QueueReaderPolicy(IReadOnlyList<string> queueArns) => JsonSerializer.Serialize(new
    {
        Version = "2012-10-17",
        Statement = new[]
        {
            new { Sid = "ReadQueueDepth", Effect = "Allow", Action = new[] { "sqs:GetQueueAttributes" }, Resource = queueArns },
        },
    });

    /// <summary>The permissions the AWS Load Balancer Controller needs (embedded resource beside this file).</summary>
    /// <remarks>
    /// The upstream document names the <c>aws</c> partition in its ARNs; in aws-cn and aws-us-gov those ARNs match nothing,
    /// so every one is rewritten to <paramref name="partition"/> (from <c>aws.getPartition</c>).
    /// </remarks>
    public static string LoadBalancerControllerPolicy(string partition)
    {
        using var stream = typeof(IamPolicyDocuments).Assembly.GetManifestResourceStream(LoadBalancerControllerPolicyResource)
            ?? throw new InvalidOperationException($"Embedded resource {LoadBalancerControllerPolicyResource} is missing from {typeof(IamPolicyDocuments).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\"arn:aws:", $"\"arn:{partition}:", StringComparison.Ordinal);
    }
}
