using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Scheduling;

/// <summary>
/// A <c>schedule:</c> as written in an intent, an override or <c>fleet:schedule</c>: working hours, or <c>always</c>
/// (<see cref="Hours"/> null) to run around the clock whatever the stack's default.
/// </summary>
/// <param name="Hours">The working hours; null for <c>always</c>.</param>
/// <param name="Source">Where it is written.</param>
/// <param name="Path">Its field path, like <c>application.web.schedule</c>, for messages.</param>
public sealed record ScheduleSetting(WorkingHours? Hours, SourceLocation Source, string Path);
