namespace FleetInfra.Core.Policies;

/// <summary>What a policy's findings do: stop render and the Pulumi program, only show, or nothing.</summary>
public enum PolicyLevel
{
    /// <summary>The policy does not run.</summary>
    Off,

    /// <summary>Findings are printed by validate and plan and logged by the Pulumi program; nothing stops.</summary>
    Warning,

    /// <summary>Findings stop <c>fleet render</c>, <c>fleet plan</c> and the Pulumi program, like any input error.</summary>
    Error,
}
