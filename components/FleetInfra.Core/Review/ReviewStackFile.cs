using System.Globalization;
using System.Text;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Review;

/// <summary>The stack file <c>fleet review create</c> writes: an apps-only stack of a base, with a TTL, working hours and a small quota.</summary>
public static class ReviewStackFile
{
    /// <summary>Review environments run in working hours only (KEDA scales them to zero outside), in the base's time zone.</summary>
    public const string DefaultActiveHours = "Mon-Fri 08:00-20:00";

    /// <summary>The file's text.</summary>
    /// <param name="baseReference">The base stack as given (<c>staging</c> or <c>org/project/staging</c>).</param>
    /// <param name="baseStack">The base stack's config, for its time zone.</param>
    /// <param name="expiresAt">When the review environment expires.</param>
    /// <param name="appsDirectory">The intents folder relative to the stack file, when it is not the default <c>apps</c>.</param>
    public static string Text(string baseReference, StackConfig baseStack, DateTimeOffset expiresAt, string? appsDirectory) =>
        Text(baseReference, baseStack, expiresAt, appsDirectory, idleness: null);

    /// <summary>The file's text, with its idle suspension (<c>fleet:lastChangeAt</c>, <c>fleet:idleAfter</c>, <c>fleet:suspended</c>).</summary>
    public static string Text(string baseReference, StackConfig baseStack, DateTimeOffset expiresAt, string? appsDirectory, ReviewIdleness? idleness)
    {
        var timeZone = baseStack.Schedule?.Hours?.TimeZone ?? "UTC";
        var quota = AppsOnlyStack.DefaultQuota;
        var text = new StringBuilder()
            .Append("# yaml-language-server: $schema=../schemas/fleet-stack.schema.json\n")
            .Append("# A review environment written by `fleet review create`: the apps of this branch on ").Append(baseReference).Append("'s clusters,\n")
            .Append("# in namespaces <app>-<stack>; `fleet deploy destroy --expired` destroys it after fleet:expiresAt.\n")
            .Append("config:\n")
            .Append("  fleet:clustersFrom: ").Append(baseReference).Append('\n')
            .Append("  fleet:expiresAt: \"").Append(ReviewTtl.Format(expiresAt)).Append("\"\n");
        if (idleness is { LastChangeAt: { } lastChangeAt })
        {
            text.Append("  fleet:lastChangeAt: \"").Append(ReviewTtl.Format(lastChangeAt)).Append("\"             # suspended (scaled to zero) fleet:idleAfter later\n")
                .Append("  fleet:idleAfter: ").Append(ReviewIdleness.FormatDuration(idleness.IdleAfter)).Append('\n');
        }

        if (idleness is { Suspended: true })
        {
            text.Append("  ").Append(ReviewSuspension.Key).Append(": true\n");
        }

        if (appsDirectory is not null)
        {
            text.Append("  fleet:appsDir: ").Append(appsDirectory).Append('\n');
        }

        return text
            .Append("  fleet:schedule:                                   # scaled to zero outside working hours\n")
            .Append("    active: [\"").Append(DefaultActiveHours).Append("\"]\n")
            .Append("    timezone: ").Append(timeZone).Append('\n')
            .Append("  fleet:reviewQuota: { cpu: \"").Append((quota.Cpu.Millicores / 1000.0).ToString(CultureInfo.InvariantCulture))
            .Append("\", memory: ").Append(quota.Memory).Append(", pods: ").Append(quota.Pods.ToString(CultureInfo.InvariantCulture)).Append(" }\n")
            .ToString();
    }
}
