namespace FleetInfra.Deploy.Running;

/// <summary>A stack that passed the validation gate, with what the core's plan says about it.</summary>
/// <param name="Name">The stack name.</param>
/// <param name="Environment">Its environment (<c>fleet:environment</c>, else the stack name).</param>
/// <param name="Protect">Whether <c>fleet:protect</c> is true (the default for production environments).</param>
/// <param name="Providers">The distinct cloud providers of its clusters (<c>eks</c>, <c>gke</c>), sorted; empty when not known.</param>
public sealed record StackTarget(string Name, string Environment, bool Protect, IReadOnlyList<string>? Providers = null)
{
    public IReadOnlyList<string> Providers { get; init; } = Providers ?? [];

    /// <summary>Production: environment <c>prod</c> or <c>production</c>, or <c>fleet:protect: true</c>.</summary>
    /// <summary>The labels every cluster of the stack shares, plus <c>stack</c> and <c>environment</c>: what fleet waves select stacks by.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The stack's <c>fleet:rollout</c>; the stacks of a fleet run in the waves every stack that states one agrees on.</summary>
    public Core.Rollout.RolloutConfig? Rollout { get; init; }

    public bool IsProduction => Protect || Environment is "prod" or "production";
}
