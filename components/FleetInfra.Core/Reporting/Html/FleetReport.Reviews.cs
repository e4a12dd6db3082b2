using System.Globalization;
using System.Text;
using FleetInfra.Core.Review;
using static System.Net.WebUtility;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>The report's list of the review environments on a base stack's clusters.</summary>
public static partial class FleetReport
{
    private static void AppendReviews(StringBuilder html, IReadOnlyList<ReviewEnvironment> reviews, DateTimeOffset now)
    {
        if (reviews.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"reviews\"><h2>Review environments</h2>\n<p class=\"note\">Apps-only stacks on these clusters (fleet:clustersFrom); age since their stack file was written.</p>\n")
            .Append("<table><thead><tr><th>stack</th><th>age</th><th>expires</th><th>state</th></tr></thead><tbody>");
        foreach (var review in reviews)
        {
            var expires = review.ExpiresAt is not { } at ? "never" : $"{ReviewTtl.Format(at)}{(review.ExpiredAt(now) ? " (expired)" : string.Empty)}";
            html.Append(CultureInfo.InvariantCulture, $"<tr data-review=\"{HtmlEncode(review.Stack)}\"><td>{HtmlEncode(review.Stack)}</td><td>{Age(review.AgeAt(now))}</td><td>{HtmlEncode(expires)}</td><td>{(review.Suspended ? "suspended (idle)" : "running")}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    /// <summary>Days and hours, or hours and minutes under a day.</summary>
    private static string Age(TimeSpan age) =>
        age < TimeSpan.Zero ? "0m"
        : age.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays}d {age.Hours}h")
        : string.Create(CultureInfo.InvariantCulture, $"{age.Hours}h {age.Minutes}m");
}
