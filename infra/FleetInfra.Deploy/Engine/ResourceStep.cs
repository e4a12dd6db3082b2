namespace FleetInfra.Deploy.Engine;

/// <summary>One step the engine takes (or would take) on one resource: <c>create</c>, <c>update</c>, <c>delete</c>, <c>replace</c>, <c>same</c>...</summary>
public sealed record ResourceStep(string Operation, string Urn, string Type)
{
    /// <summary>The resource's name: the last part of its URN (<c>urn:pulumi:dev::fleetinfra::TYPE::NAME</c>).</summary>
    public string Name => Urn.LastIndexOf("::", StringComparison.Ordinal) is var at and >= 0 ? Urn[(at + 2)..] : Urn;
}
