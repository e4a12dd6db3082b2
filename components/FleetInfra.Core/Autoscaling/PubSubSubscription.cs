using System.Text.RegularExpressions;

namespace FleetInfra.Core.Autoscaling;

/// <summary>A Pub/Sub subscription: its project (null when written as a bare name: the cluster's project) and its name.</summary>
public sealed partial record PubSubSubscription(string? Project, string Name)
{
    /// <summary>
    /// <c>projects/{project}/subscriptions/{name}</c> or a bare name. A name starts with a letter, has 3 to 255 letters,
    /// digits or <c>-_.~+%</c> and does not start with <c>goog</c> (Pub/Sub's resource naming rules); a project id is
    /// 6 to 30 lower-case letters, digits and hyphens.
    /// </summary>
    public const string Pattern = @"^(projects/[a-z][-a-z0-9]{4,28}[a-z0-9]/subscriptions/)?(?!goog)[A-Za-z][A-Za-z0-9._~+%-]{2,254}$";

    /// <summary>The full name KEDA's scaler splits into project and subscription (kedacore/keda v2.20.2, <c>pkg/scalers/gcp_pubsub_scaler.go</c>, <c>getResourceData</c>).</summary>
    public string FullName(string defaultProject) => $"projects/{ProjectOr(defaultProject)}/subscriptions/{Name}";

    /// <summary>The project whose Cloud Monitoring holds the subscription's metrics.</summary>
    public string ProjectOr(string defaultProject) => Project ?? defaultProject;

    /// <summary>The subscription of <paramref name="text"/>, or null when it is not one.</summary>
    public static PubSubSubscription? Parse(string text)
    {
        var match = Subscription().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var parts = text.Split('/');
        return parts.Length == 4 ? new PubSubSubscription(parts[1], parts[3]) : new PubSubSubscription(null, text);
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Subscription();
}
