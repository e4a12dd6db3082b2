using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>FI003: in production every image is pinned by digest, so what runs is exactly what was tested and no tag can be moved under it.</summary>
public sealed class ProductionDigestPolicy : IPolicy
{
    public string Id => "FI003";

    public string Title => "images are pinned by digest in production";

    public PolicyLevel DefaultLevel => PolicyLevel.Warning;

    public IEnumerable<PolicyFinding> Check(PolicyContext context) =>
        context.IsProduction
            ? context.Apps
                .Where(a => !a.App.Image.Contains("@sha256:", StringComparison.Ordinal))
                .Select(a => new PolicyFinding(
                    a.Intent.SourceOf(IntentKeys.Image),
                    PolicyContext.FieldOf(a.Intent, IntentKeys.Image),
                    $"image '{a.App.Image}' is pinned by tag in {context.Stack.Environment}; pin it by digest (image: REPOSITORY@sha256:..., for example in fleet:appOverrides.{a.App.Name}.image) so a moved tag cannot change what runs"))
            : [];
}
