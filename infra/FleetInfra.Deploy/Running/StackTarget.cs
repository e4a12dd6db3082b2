namespace FleetInfra.Deploy.Running;

/// <summary>A stack that passed the validation gate, with what the core's plan says about it.</summary>
public sealed record StackTarget(string Name, string Environment, bool Protect)
{
    /// <summary>Production: environment <c>prod</c> or <c>production</c>, or <c>fleet:protect: true</c>.</summary>
    public bool IsProduction => Protect || Environment is "prod" or "production";
}
