namespace FleetInfra.Core.Autoscaling;

/// <summary>The patterns of the autoscaling keys' text values (the JSON Schemas carry them too).</summary>
public static class AutoscalingPatterns
{
    /// <summary>An http or https URL without spaces, like <c>http://prometheus.monitoring.svc:9090</c>.</summary>
    public const string HttpUrl = @"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s]*)?$";
}
