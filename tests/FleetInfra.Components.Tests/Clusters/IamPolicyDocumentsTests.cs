using System.Text.Json;
using FleetInfra.Components.Clusters;

namespace FleetInfra.Components.Tests.Clusters;

public sealed class IamPolicyDocumentsTests
{
    /// <summary>
    /// What the controller (v2.15, the pinned chart 1.15.0) calls to keep an ALB's rules in line with the
    /// Ingresses: without SetRulePriorities it cannot reorder rules when an Ingress of the group changes.
    /// </summary>
    [Theory]
    [InlineData("elasticloadbalancing:CreateRule")]
    [InlineData("elasticloadbalancing:ModifyRule")]
    [InlineData("elasticloadbalancing:DeleteRule")]
    [InlineData("elasticloadbalancing:SetRulePriorities")]
    [InlineData("elasticloadbalancing:DescribeRules")]
    [InlineData("elasticloadbalancing:AddListenerCertificates")]
    [InlineData("acm:DescribeCertificate")]
    public void LoadBalancerControllerPolicy_GrantsWhatTheControllerCalls(string action)
    {
        using var policy = JsonDocument.Parse(IamPolicyDocuments.LoadBalancerControllerPolicy("aws"));

        var granted = policy.RootElement.GetProperty("Statement").EnumerateArray()
            .Where(s => s.GetProperty("Effect").GetString() == "Allow")
            .SelectMany(s => s.GetProperty("Action") is { ValueKind: JsonValueKind.Array } actions
                ? actions.EnumerateArray().Select(a => a.GetString())
                : [s.GetProperty("Action").GetString()]);

        Assert.Contains(action, granted);
    }

    [Fact]
    public void LoadBalancerControllerPolicy_ScopesDestructiveActionsToResourcesTheControllerTagged()
    {
        using var policy = JsonDocument.Parse(IamPolicyDocuments.LoadBalancerControllerPolicy("aws"));

        var deletes = policy.RootElement.GetProperty("Statement").EnumerateArray()
            .Where(s => s.GetProperty("Action").ToString().Contains("DeleteLoadBalancer", StringComparison.Ordinal)
                        || s.GetProperty("Action").ToString().Contains("DeleteSecurityGroup", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(deletes);
        Assert.All(deletes, s => Assert.True(s.TryGetProperty("Condition", out _), s.GetProperty("Sid").GetString()));
    }

    [Theory]
    [InlineData("aws-us-gov")]
    [InlineData("aws-cn")]
    public void LoadBalancerControllerPolicy_NamesTheAccountsPartitionInEveryArn(string partition)
    {
        var document = IamPolicyDocuments.LoadBalancerControllerPolicy(partition);

        Assert.DoesNotContain("\"arn:aws:", document, StringComparison.Ordinal);
        Assert.Contains($"\"arn:{partition}:elasticloadbalancing:", document, StringComparison.Ordinal);
    }
}
