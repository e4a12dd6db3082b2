using System.Text.Json;

namespace FleetInfra.Components.Clusters;

/// <summary>A kubeconfig for a GKE cluster that authenticates through <c>gke-gcloud-auth-plugin</c> (no static credentials).</summary>
internal static class GkeKubeconfig
{
    public const string AuthPlugin = "gke-gcloud-auth-plugin";

    public static string Json(string contextName, string endpoint, string clusterCaCertificate) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Config",
        ["current-context"] = contextName,
        ["clusters"] = new[]
        {
            new { name = contextName, cluster = new Dictionary<string, string> { ["server"] = $"https://{endpoint}", ["certificate-authority-data"] = clusterCaCertificate } },
        },
        ["contexts"] = new[] { new { name = contextName, context = new { cluster = contextName, user = contextName } } },
        ["users"] = new[]
        {
            new
            {
                name = contextName,
                user = new
                {
                    exec = new
                    {
                        apiVersion = "client.authentication.k8s.io/v1beta1",
                        command = AuthPlugin,
                        installHint = "Install gke-gcloud-auth-plugin: gcloud components install gke-gcloud-auth-plugin",
                        provideClusterInfo = true,
                    },
                },
            },
        },
    });
}
