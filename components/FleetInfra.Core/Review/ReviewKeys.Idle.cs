using FleetInfra.Core.Config;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Review;

/// <summary>The keys of idle suspension: an apps-only stack unchanged for <c>fleet:idleAfter</c> is suspended (scaled to zero).</summary>
internal static partial class ReviewKeys
{
    public const string DurationPattern = "^[0-9]+[mhd]$";

    public static readonly KeySpec IdleAfter = new KeySpec("idleAfter", TextSpec.Matching(Duration()),
            $"An apps-only stack: suspend it (scale it to zero) when fleet:lastChangeAt is this long ago: 12h, 2d (at most 90d). Default: {ReviewIdleness.DefaultIdleAfterText}.")
        .Reads<StackConfig, TimeSpan>(ReadIdleAfter, (stack, idleAfter) => stack with { IdleAfter = idleAfter });

    public static readonly KeySpec LastChangeAt = new KeySpec("lastChangeAt", TextSpec.Matching(ExpiresAtInstant()),
            "An apps-only stack: when it last changed (RFC 3339; fleet review create writes it on every push); fleet review suspend --idle suspends it fleet:idleAfter later.")
        .Reads<StackConfig, DateTimeOffset>(ReadInstant, (stack, at) => stack with { LastChangeAt = at });

    public static readonly KeySpec Suspended = new KeySpec("suspended", BooleanSpec.Instance,
            "An apps-only stack: run no pod (KEDA ScaledObjects paused at 0 replicas, other Deployments at 0 without their HPA); written by fleet review suspend, cleared by fleet review create.") { Default = false }
        .ReadsBoolean<StackConfig>((stack, suspended) => stack with { Suspended = suspended });

    private static bool ReadIdleAfter(YamlReader reader, YamlNode node, string path, out TimeSpan idleAfter)
    {
        idleAfter = default;
        if (!TextSpec.TryReadAny(reader, node, path, "a duration like 2d", out var text))
        {
            return false;
        }

        if (ReviewTtl.Parse(text, out var problem) is not { } parsed)
        {
            reader.Error(node, path, problem!);
            return false;
        }

        idleAfter = parsed;
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(DurationPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Duration();
}
