using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Intents;

/// <summary>
/// A host name routed to the app's first public port. With <see cref="GenerateCertificate"/> the provider
/// issues the certificate (GKE ManagedCertificate; on EKS the ALB discovers the ACM certificate for the host).
/// </summary>
/// <param name="Domain">The host name.</param>
/// <param name="GenerateCertificate">Whether the provider issues the certificate.</param>
/// <param name="Source">Where the domain is written, for policy findings; null when built in code.</param>
public sealed record CustomDomain(string Domain, bool GenerateCertificate, SourceLocation? Source = null);
