using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Policies;

/// <summary>One place where an intent or the plan breaks a policy: the field at fault and how to fix it.</summary>
/// <param name="Location">Where the field at fault is written (intent file, or stack file for config and overrides).</param>
/// <param name="FieldPath">The field, like <c>application.storefront.min_running_instances</c>.</param>
/// <param name="Message">One line that says what is wrong and how to fix it.</param>
public sealed record PolicyFinding(SourceLocation Location, string FieldPath, string Message);
