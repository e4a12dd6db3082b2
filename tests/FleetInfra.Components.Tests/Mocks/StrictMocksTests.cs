using Pulumi;
using Pulumi.Testing;
using Xunit;

namespace FleetInfra.Components.Tests.Mocks;

public sealed class StrictMocksTests
{
    private static readonly TestOptions Options = new() { ProjectName = "fleetinfra", StackName = "test", IsPreview = false };

    [Fact]
    public async Task NewResourceAsync_UnknownType_FailsTheDeployment()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(new StrictMocks(), Options, () =>
        {
            _ = new Pulumi.Aws.Ec2.SecurityGroup("stray", new Pulumi.Aws.Ec2.SecurityGroupArgs());
        }));

        Assert.Contains(
            "StrictMocks: unknown resource type 'aws:ec2/securityGroup:SecurityGroup' (resource 'stray'). Register it in StrictMocks.Resources if it is intended.",
            error.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_UnknownInvoke_FailsTheDeployment()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(new StrictMocks(), Options, async () =>
        {
            await Pulumi.Aws.GetCallerIdentity.InvokeAsync(new Pulumi.Aws.GetCallerIdentityArgs());
        }));

        Assert.Contains(
            "StrictMocks: unknown invoke 'aws:index/getCallerIdentity:getCallerIdentity'. Register it in StrictMocks.Calls if it is intended.",
            error.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewResourceAsync_RegisteredType_EchoesInputsAndAddsComputedOutputs()
    {
        var mocks = new StrictMocks();
        Output<string>? arn = null;
        Output<string>? cidr = null;

        await Deployment.TestAsync(mocks, Options, () =>
        {
            var vpc = new Pulumi.Aws.Ec2.Vpc("main", new Pulumi.Aws.Ec2.VpcArgs { CidrBlock = "10.0.0.0/16" });
            arn = vpc.Arn;
            cidr = vpc.CidrBlock;
        });

        Assert.Equal("arn:aws:ec2:us-east-1:123456789012:vpc/main", await Clusters.OutputValues.ValueAsync(arn!));
        Assert.Equal("10.0.0.0/16", await Clusters.OutputValues.ValueAsync(cidr!));
        Assert.Equal("10.0.0.0/16", mocks.Single("aws:ec2/vpc:Vpc", "main").Inputs["cidrBlock"]);
    }
}
