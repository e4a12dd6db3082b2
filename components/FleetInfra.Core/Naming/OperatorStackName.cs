namespace FleetInfra.Core.Naming;

/// <summary>
/// The limits of the Pulumi Kubernetes Operator's Stack object name, <c>fleetinfra-&lt;stack&gt;</c>: the runner names the
/// objects (FleetInfra.Deploy's OperatorNames) and review names stay short enough never to need a cut.
/// </summary>
public static class OperatorStackName
{
    /// <summary>
    /// The Stack CRD's rule at v2.9.0 (<c>size(self.metadata.name) &lt;= 42</c>): the operator derives its workspace's
    /// StatefulSet and pod names from it.
    /// </summary>
    public const int MaxLength = 42;

    /// <summary>What every Stack object's name starts with.</summary>
    public const string Prefix = "fleetinfra-";
}
