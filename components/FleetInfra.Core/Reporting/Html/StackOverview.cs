using System.Collections.Immutable;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>What <c>fleet report --all</c> shows of one stack: its plan, estimate, showback, policy findings and last deploy.</summary>
/// <param name="Plan">The stack's plan.</param>
/// <param name="Estimate">Its cost estimate.</param>
/// <param name="Showback">Its node cost shown back to apps and teams.</param>
/// <param name="Findings">The policy findings (warnings) of loading the stack.</param>
/// <param name="LastDeploy">The last <c>fleet deploy</c> and drift result, like "up succeeded", when summaries were given.</param>
public sealed record StackOverview(FleetPlan Plan, CostEstimate Estimate, ImmutableArray<ShowbackLine> Showback, ImmutableArray<Diagnostic> Findings, string? LastDeploy);
