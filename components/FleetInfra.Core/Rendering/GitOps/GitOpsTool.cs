namespace FleetInfra.Core.Rendering.GitOps;

/// <summary>What deploys the render from Git: every choice writes a <c>kustomization.yaml</c> per cluster folder.</summary>
public enum GitOpsTool
{
    /// <summary>Only the per-cluster <c>kustomization.yaml</c> files (<c>kubectl apply -k DIR/&lt;cluster&gt;</c>).</summary>
    Kustomize,

    /// <summary>Plus <c>argocd.yaml</c>: one Argo CD <c>Application</c> per cluster.</summary>
    ArgoCd,

    /// <summary>Plus <c>flux.yaml</c>: one Flux <c>Kustomization</c> per cluster.</summary>
    Flux,
}
