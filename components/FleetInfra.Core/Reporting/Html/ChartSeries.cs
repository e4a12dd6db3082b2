using System.Collections.Immutable;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>One series of a bar chart: a value per row, drawn in one colour, named by <paramref name="Key"/> in the SVG.</summary>
public sealed record ChartSeries(string Key, string Label, string Color, ImmutableArray<double> Values);
