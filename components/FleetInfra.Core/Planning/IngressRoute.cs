namespace FleetInfra.Core.Planning;

/// <summary>A host routed to one of the app's public ports. Every route is served over HTTPS; HTTP redirects.</summary>
/// <param name="Host">The host name.</param>
/// <param name="Port">The public port number the host routes to.</param>
/// <param name="ProviderCertificate">The provider issues the certificate (GKE ManagedCertificate); otherwise it is brought by the team.</param>
/// <param name="IsDefaultHost">
/// The host is the fleet's default <c>{label}.{cluster}.{domain}</c>, so it differs between clusters only in its second label.
/// </param>
/// <param name="InTls">
/// The host is listed in the Ingress's <c>tls</c>: false on EKS for a host the cluster's planned ACM certificate does not
/// cover, so the shared ALB group never lists a host without a certificate.
/// </param>
public sealed record IngressRoute(string Host, int Port, bool ProviderCertificate, bool IsDefaultHost = false, bool InTls = true);
