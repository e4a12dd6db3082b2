using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace PlatformTeam.Tests;

/// <summary>One in-process deployment of <see cref="PaymentsInfrastructure.Provision"/> against <see cref="PaymentsMocks"/>.</summary>
internal sealed record PaymentsRun(PaymentsMocks Mocks, ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)
{
    public static async Task<PaymentsRun> RunAsync(string environment)
    {
        var mocks = new PaymentsMocks();
        var (resources, outputs) = await Deployment.TestAsync(
            mocks,
            new TestOptions { ProjectName = "platform-team", StackName = environment, IsPreview = false },
            () => PaymentsInfrastructure.Provision(PaymentsFleet.Plan(environment)));
        return new PaymentsRun(mocks, resources, outputs);
    }

    /// <summary>The single registration of this type and name (throws when there is none or several).</summary>
    public ImmutableDictionary<string, object> Inputs(string type, string name) =>
        Mocks.Registered.Single(r => r.Type == type && r.Name == name).Inputs;
}

internal static class OutputValues
{
    /// <summary>The value of an output once the deployment has completed, and whether it is secret.</summary>
    public static async Task<(T Value, bool IsSecret)> ResolveAsync<T>(this Output<T> output)
    {
        var value = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = output.Apply(v =>
        {
            value.TrySetResult(v);
            return v;
        });
        return (await value.Task, await Output.IsSecretAsync(output));
    }
}
