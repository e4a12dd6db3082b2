using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>
/// FI004: no image is tagged <c>latest</c>. The parser already refuses <c>latest</c> without a digest; this catches
/// <c>repo:latest@sha256:...</c>, whose tag misleads readers, and plans built in code.
/// </summary>
public sealed class NoLatestTagPolicy : IPolicy
{
    public string Id => "FI004";

    public string Title => "no image is tagged latest";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<PolicyFinding> Check(PolicyContext context) =>
        context.Apps
            .Where(a => Tag(a.App.Image) == "latest")
            .Select(a => new PolicyFinding(
                a.Intent.SourceOf(IntentKeys.Image),
                PolicyContext.FieldOf(a.Intent, IntentKeys.Image),
                $"image '{a.App.Image}' is tagged latest; replace latest with the version the digest was built from, or drop the tag and keep the digest"));

    /// <summary>The tag of an image reference (after the last '/', before any digest), or null.</summary>
    private static string? Tag(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? image : image[..at];
        var colon = name.IndexOf(':', name.LastIndexOf('/') + 1);
        return colon < 0 ? null : name[(colon + 1)..];
    }
}
