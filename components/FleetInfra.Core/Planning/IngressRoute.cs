namespace FleetInfra.Core.Planning;

/// <summary>A host routed to one of the app's public ports. Every route is served over HTTPS; HTTP redirects.</summary>
/// <param name="Host">The host name.</param>
/// <param name="Port">The public port number the host routes to.</param>
/// <param name="ProviderCertificate">The provider issues the certificate (GKE ManagedCertificate); otherwise it is brought by the team.</param>
public sealed record IngressRoute(string Host, int Port, bool ProviderCertificate);
