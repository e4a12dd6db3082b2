using System.Globalization;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Review;

/// <summary>
/// "Suspend idle, delete expired": an apps-only stack unchanged for <see cref="IdleAfter"/> since
/// <see cref="LastChangeAt"/> is suspended (scaled to zero) until its next change. Only the runner asks with a clock
/// (<see cref="IsIdleAt"/>); planning and rendering read <see cref="Suspended"/> from the stack file alone.
/// </summary>
/// <param name="LastChangeAt">When the stack last changed (<c>fleet:lastChangeAt</c>); null when unknown.</param>
/// <param name="IdleAfter">How long it may go unchanged (<c>fleet:idleAfter</c>, else <see cref="DefaultIdleAfter"/>).</param>
/// <param name="Suspended">It runs no pod (<c>fleet:suspended</c>).</param>
public sealed record ReviewIdleness(DateTimeOffset? LastChangeAt, TimeSpan IdleAfter, bool Suspended)
{
    public static readonly TimeSpan DefaultIdleAfter = TimeSpan.FromDays(2);

    /// <summary><see cref="DefaultIdleAfter"/> as a stack file and <c>fleet review create --idle-after</c> write it.</summary>
    public static readonly string DefaultIdleAfterText = FormatDuration(DefaultIdleAfter);

    /// <summary>An apps-only stack's idleness; null for a stack that owns its clusters (never suspended).</summary>
    public static ReviewIdleness? Of(StackConfig stack) =>
        stack.IsAppsOnly ? new ReviewIdleness(stack.LastChangeAt, stack.IdleAfter ?? DefaultIdleAfter, stack.Suspended) : null;

    /// <summary>When it becomes idle; null when its last change is unknown.</summary>
    public DateTimeOffset? IdleFrom => LastChangeAt + IdleAfter;

    /// <summary>Not suspended yet, and its last change is at least <see cref="IdleAfter"/> before <paramref name="now"/>.</summary>
    public bool IsIdleAt(DateTimeOffset now) => !Suspended && IdleFrom is { } from && from <= now;

    /// <summary><see cref="IdleAfter"/> as a stack file writes it: whole days, else hours, else minutes (<c>2d</c>, <c>36h</c>, <c>90m</c>).</summary>
    public static string FormatDuration(TimeSpan duration) =>
        duration.TotalDays == Math.Floor(duration.TotalDays) ? $"{((int)duration.TotalDays).ToString(CultureInfo.InvariantCulture)}d"
        : duration.TotalHours == Math.Floor(duration.TotalHours) ? $"{((int)duration.TotalHours).ToString(CultureInfo.InvariantCulture)}h"
        : $"{((int)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture)}m";
}
