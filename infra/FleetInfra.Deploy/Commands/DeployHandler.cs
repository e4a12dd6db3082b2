using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// What runs an engine operation once the command line is parsed and valid: the in-process <see cref="DeployRunner"/>
/// in <c>fleet-deploy</c>, a hand-over to <c>fleet-deploy</c> in <c>fleet</c>.
/// </summary>
public delegate Task<int> DeployHandler(DeployOptions options, Interruption interruption);
