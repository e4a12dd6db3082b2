using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Review;

/// <summary>The <c>fleet:</c> keys of apps-only (review) stacks and of the bases that accept them; listed in <see cref="StackKeys.Fleet"/>.</summary>
internal static partial class ReviewKeys
{
    /// <summary>A Pulumi stack name, alone or fully qualified as <c>org/project/stack</c> (what a StackReference takes).</summary>
    public const string StackReferencePattern = "^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]{1,100}$";

    public const string ExpiresAtPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$";

    public static readonly KeySpec ClustersFrom = new KeySpec("clustersFrom", TextSpec.Matching(StackReference()),
            "An apps-only stack: deploy the apps onto the clusters of this stack (its name, or org/project/stack) instead of owning clusters; namespaces and hosts become <app>-<this stack>.")
        .Reads<StackConfig, string>(ReadClustersFrom, (stack, name, at) => stack with { ClustersFrom = new ClustersReference(name, at) });

    public static readonly KeySpec ExpiresAt = new KeySpec("expiresAt", TextSpec.Matching(ExpiresAtInstant()),
            "When this apps-only stack expires (RFC 3339, like \"2026-12-07T21:00:00Z\"): fleet deploy destroy --expired destroys it after that.")
        .Reads<StackConfig, DateTimeOffset>(ReadInstant, (stack, at) => stack with { ExpiresAt = at });

    public static readonly KeySpec ReviewQuota = new KeySpec("reviewQuota", StackKeys.TeamBudget,
            "An apps-only stack: the ResourceQuota of each of its namespaces { cpu, memory, pods }, instead of the team's share. Default: { cpu: \"4\", memory: 8Gi, pods: 10 }.")
        .Reads<StackConfig, TeamBudget>(ReadQuota, (stack, quota) => stack with { ReviewQuota = quota });

    public static readonly KeySpec AllowReviewOnProduction = new KeySpec("allowReviewOnProduction", BooleanSpec.Instance,
            "A production stack: let apps-only (review) stacks deploy onto its clusters.") { Default = false }
        .ReadsBoolean<StackConfig>((stack, allow) => stack with { AllowReviewOnProduction = allow });

    private static bool ReadClustersFrom(YamlReader reader, YamlNode node, string path, out string name)
    {
        if (!TextSpec.TryReadAny(reader, node, path, "a stack name like staging", out name))
        {
            return false;
        }

        if (StackReference().IsMatch(name) && StackName.IsValid(ClustersReference.StackNameOf(name)))
        {
            return true;
        }

        reader.Error(node, path, $"'{name}' is not a stack; name the base stack like staging, or org/project/staging");
        return false;
    }

    private static bool ReadInstant(YamlReader reader, YamlNode node, string path, out DateTimeOffset at)
    {
        at = default;
        if (!TextSpec.TryReadAny(reader, node, path, "an instant like \"2026-12-07T21:00:00Z\"", out var text))
        {
            return false;
        }

        if (ExpiresAtInstant().IsMatch(text) && ReviewTtl.ParseInstant(text) is { } instant)
        {
            at = instant;
            return true;
        }

        reader.Error(node, path, $"'{text}' is not an RFC 3339 instant; write it like \"2026-12-07T21:00:00Z\"");
        return false;
    }

    private static bool ReadQuota(YamlReader reader, YamlNode node, string path, out TeamBudget quota)
    {
        quota = TeamsParser.ReadBudget(reader, node, path)!;
        return quota is not null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(StackReferencePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StackReference();

    [System.Text.RegularExpressions.GeneratedRegex(ExpiresAtPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ExpiresAtInstant();
}
