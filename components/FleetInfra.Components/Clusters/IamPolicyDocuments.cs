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

    /// <summary>The permissions the AWS Load Balancer Controller needs (embedded resource beside this file).</summary>
    public static string LoadBalancerControllerPolicy()
    {
        using var stream = typeof(IamPolicyDocuments).Assembly.GetManifestResourceStream(LoadBalancerControllerPolicyResource)
            ?? throw new InvalidOperationException($"Embedded resource {LoadBalancerControllerPolicyResource} is missing from {typeof(IamPolicyDocuments).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
