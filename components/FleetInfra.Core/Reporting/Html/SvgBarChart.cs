using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>
/// A horizontal bar chart as inline SVG: one band per row, the series side by side (or stacked), a legend, and a
/// <c>title</c> tooltip on every bar. Each series is a <c>&lt;g data-series="KEY"&gt;</c>, the chart an
/// <c>&lt;svg data-chart="ID"&gt;</c>, so tests and people can find them.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 760;
    private const int LabelWidth = 150;
    private const int BarHeight = 14;
    private const int RowGap = 14;
    private const int Top = 28;
    private const int LegendLineHeight = 18;

    public static string Render(string id, string title, IReadOnlyList<string> rows, IReadOnlyList<ChartSeries> series, bool stacked, Func<double, string> format)
    {
        var bandHeight = stacked ? BarHeight : BarHeight * Math.Max(1, series.Count);
        var legend = LegendPositions(series);
        var legendTop = Top + (rows.Count * (bandHeight + RowGap)) + 4;
        var height = legendTop + ((legend.Max(p => p.Line) + 1) * LegendLineHeight);
        var max = stacked
            ? Enumerable.Range(0, rows.Count).Select(r => series.Sum(s => s.Values[r])).DefaultIfEmpty(0).Max()
            : series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : (Width - LabelWidth - 90) / max;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" data-chart=\"{HtmlEncode(id)}\" role=\"img\" aria-label=\"{HtmlEncode(title)}\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(title)}</title><text class=\"caption\" x=\"0\" y=\"14\">{HtmlEncode(title)}</text>");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = Top + (r * (bandHeight + RowGap));
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"row\" x=\"{LabelWidth - 8}\" y=\"{y + (bandHeight / 2) + 4}\" text-anchor=\"end\">{HtmlEncode(rows[r])}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var item = series[s];
            svg.Append(CultureInfo.InvariantCulture, $"<g data-series=\"{HtmlEncode(item.Key)}\" fill=\"{item.Color}\">");
            for (var r = 0; r < rows.Count; r++)
            {
                var value = item.Values[r];
                var offset = stacked ? series.Take(s).Sum(other => other.Values[r]) * scale : 0;
                var x = LabelWidth + offset;
                var y = Top + (r * (bandHeight + RowGap)) + (stacked ? 0 : s * BarHeight);
                var width = Math.Max(value > 0 ? 1 : 0, value * scale);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight - 2}\" data-row=\"{HtmlEncode(rows[r])}\" data-value=\"{value.ToString("0.###", CultureInfo.InvariantCulture)}\"><title>{HtmlEncode($"{rows[r]}, {item.Label}: {format(value)}")}</title></rect>");
                if (!stacked)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{x + width + 4:0.#}\" y=\"{y + BarHeight - 4}\">{HtmlEncode(format(value))}</text>");
                }
            }

            svg.Append("</g>");
        }

        if (stacked)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var total = series.Sum(s => s.Values[r]);
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + (total * scale) + 4:0.#}\" y=\"{Top + (r * (bandHeight + RowGap)) + BarHeight - 4}\">{HtmlEncode(format(total))}</text>");
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (x, line) = legend[s];
            var y = legendTop + (line * LegendLineHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"legend\" x=\"{x}\" y=\"{y}\" width=\"10\" height=\"10\" fill=\"{series[s].Color}\"/><text class=\"legend\" x=\"{x + 14}\" y=\"{y + 9}\">{HtmlEncode(series[s].Label)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Where each legend entry goes: left to right from the bars' edge, wrapping onto a new line at the chart's width.</summary>
    private static List<(int X, int Line)> LegendPositions(IReadOnlyList<ChartSeries> series)
    {
        var positions = new List<(int, int)>();
        var (x, line) = (LabelWidth, 0);
        foreach (var item in series)
        {
            var width = 28 + (item.Label.Length * 7);
            if (x + width > Width && x > LabelWidth)
            {
                (x, line) = (LabelWidth, line + 1);
            }

            positions.Add((x, line));
            x += width;
        }

        return positions.Count == 0 ? [(LabelWidth, 0)] : positions;
    }
}
