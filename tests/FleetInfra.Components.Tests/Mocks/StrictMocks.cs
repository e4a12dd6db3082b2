using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>
/// Pulumi mocks that fail on any resource type or invoke they do not know, so a test never passes
/// against an accidental or misspelled resource. Known types echo their inputs back as state, plus the
/// outputs a real provider would compute (ids, ARNs, endpoints, kubeconfig of remote components).
/// Extend with <see cref="Resources"/> and <see cref="Calls"/>, or derive from it.
/// </summary>
public class StrictMocks : IMocks
{
    /// <summary>Component resources registered by this repository (<c>fleet:index:*</c>) are always accepted.</summary>
    public const string FleetComponentPrefix = "fleet:index:";

    public StrictMocks()
    {
        foreach (var (type, outputs) in AwsOutputs.Resources)
        {
            Resources[type] = outputs;
        }

        foreach (var (type, outputs) in GcpOutputs.Resources)
        {
            Resources[type] = outputs;
        }

        foreach (var (type, outputs) in KubernetesOutputs.Resources)
        {
            Resources[type] = outputs;
        }

        foreach (var (type, outputs) in RandomOutputs.Resources)
        {
            Resources[type] = outputs;
        }

        foreach (var (token, result) in AwsOutputs.Calls)
        {
            Calls[token] = result;
        }
    }

    /// <summary>Known resource type tokens and the computed outputs to add to the echoed inputs.</summary>
    public Dictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>> Resources { get; } = new(StringComparer.Ordinal);

    /// <summary>Known invoke tokens and their results.</summary>
    public Dictionary<string, Func<MockCallArgs, ImmutableDictionary<string, object>>> Calls { get; } = new(StringComparer.Ordinal);

    /// <summary>Every resource registration, in order, with the inputs the program sent.</summary>
    public ConcurrentQueue<MockResourceArgs> Registered { get; } = new();

    /// <summary>The registrations of one type token.</summary>
    public IReadOnlyList<MockResourceArgs> OfType(string type) => [.. Registered.Where(r => r.Type == type)];

    /// <summary>The single registration with this type and name; throws when there is none or several.</summary>
    public MockResourceArgs Single(string type, string name) => Registered.Single(r => r.Type == type && r.Name == name);

    public virtual Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Registered.Enqueue(args);
        var type = args.Type ?? "";
        if (type.StartsWith(FleetComponentPrefix, StringComparison.Ordinal))
        {
            return Task.FromResult<(string?, object)>((null, args.Inputs));
        }

        if (!Resources.TryGetValue(type, out var outputs))
        {
            throw new InvalidOperationException($"StrictMocks: unknown resource type '{type}' (resource '{args.Name}'). Register it in StrictMocks.Resources if it is intended.");
        }

        var state = args.Inputs.SetItems(outputs(args));
        return Task.FromResult<(string?, object)>(($"{args.Name}-id", state));
    }

    public virtual Task<object> CallAsync(MockCallArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var token = args.Token ?? "";
        if (!Calls.TryGetValue(token, out var result))
        {
            throw new InvalidOperationException($"StrictMocks: unknown invoke '{token}'. Register it in StrictMocks.Calls if it is intended.");
        }

        return Task.FromResult<object>(result(args));
    }
}
