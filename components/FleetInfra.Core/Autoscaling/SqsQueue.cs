using System.Text.RegularExpressions;

namespace FleetInfra.Core.Autoscaling;

/// <summary>
/// An SQS queue named by its URL, <c>https://sqs.{region}.amazonaws.com/{account}/{name}</c>, with the ARN that IAM
/// scopes the KEDA operator's permission to (<c>arn:{partition}:sqs:{region}:{account}:{name}</c>).
/// </summary>
public sealed partial record SqsQueue(string Partition, string Region, string Account, string Name)
{
    /// <summary>
    /// The queue URL of the SQS endpoints: <c>sqs.{region}.amazonaws.com</c>, or <c>.amazonaws.com.cn</c> in China; the
    /// path is the 12-digit account and the queue name (letters, digits, <c>-</c>, <c>_</c>, at most 80, with <c>.fifo</c>
    /// for a FIFO queue). KEDA's scaler reads the name as the third part of the path (kedacore/keda v2.20.2,
    /// <c>pkg/scalers/aws_sqs_queue_scaler.go</c>, <c>parseAwsSqsQueueMetadata</c>).
    /// </summary>
    public const string UrlPattern = @"^https://sqs\.([a-z]{2}(-[a-z]+)+-[0-9])\.amazonaws\.com(\.cn)?/([0-9]{12})/([A-Za-z0-9_-]{1,75}(\.fifo)?|[A-Za-z0-9_-]{76,80})$";

    /// <summary>The queue's ARN, what <c>sqs:GetQueueAttributes</c> is allowed on.</summary>
    public string Arn => $"arn:{Partition}:sqs:{Region}:{Account}:{Name}";

    /// <summary>The queue of <paramref name="url"/>, or null when it is not an SQS queue URL.</summary>
    public static SqsQueue? FromUrl(string url)
    {
        var match = Url().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var region = match.Groups[1].Value;
        var partition = match.Groups[3].Success ? "aws-cn" : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";
        return new SqsQueue(partition, region, match.Groups[4].Value, match.Groups[5].Value);
    }

    [GeneratedRegex(UrlPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Url();
}
