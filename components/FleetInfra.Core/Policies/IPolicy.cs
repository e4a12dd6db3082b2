namespace FleetInfra.Core.Policies;

/// <summary>A rule every stack's intents and plan are checked against before anything is rendered or deployed.</summary>
public interface IPolicy
{
    /// <summary>The stable id used in <c>fleet:policies</c> and in every finding, like <c>FI001</c>.</summary>
    string Id { get; }

    /// <summary>What the policy requires, in a few words, for <c>fleet policy list</c>.</summary>
    string Title { get; }

    /// <summary>The level when the stack does not override it in <c>fleet:policies</c>.</summary>
    PolicyLevel DefaultLevel { get; }

    /// <summary>A pure function: the same context always gives the same findings.</summary>
    IEnumerable<PolicyFinding> Check(PolicyContext context);
}
