namespace FleetInfra.Core.Intents;

/// <summary>
/// A host name routed to the app's first public port. With <see cref="GenerateCertificate"/> the provider
/// issues the certificate (GKE ManagedCertificate; on EKS the ALB discovers the ACM certificate for the host).
/// </summary>
public sealed record CustomDomain(string Domain, bool GenerateCertificate);
