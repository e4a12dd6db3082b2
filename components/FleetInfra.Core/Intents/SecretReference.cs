namespace FleetInfra.Core.Intents;

/// <summary>
/// An environment variable read from a key of an existing Kubernetes Secret. Only the reference is
/// ever held or rendered; secret values never pass through FleetInfra.
/// </summary>
public sealed record SecretReference(string EnvironmentVariable, string SecretName, string Key);
