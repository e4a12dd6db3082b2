using FleetInfra.Tests.Shared;
using Json.Schema;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>The strict schemas (<see cref="UpstreamCrdSchema"/>) of the GitOps objects' pinned upstream CRDs.</summary>
internal static class CrdFixtures
{
    public static readonly Lazy<JsonSchema> ArgoCdApplication = new(() => UpstreamCrdSchema.Load(UpstreamCrds.ArgoCdApplication, "v1alpha1"));

    public static readonly Lazy<JsonSchema> ArgoCdApplicationSet = new(() => UpstreamCrdSchema.Load(UpstreamCrds.ArgoCdApplicationSet, "v1alpha1"));

    public static readonly Lazy<JsonSchema> FluxKustomization = new(() => UpstreamCrdSchema.Load(UpstreamCrds.FluxKustomization, "v1"));
}
