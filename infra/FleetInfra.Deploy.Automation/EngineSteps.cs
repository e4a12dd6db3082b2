using Pulumi.Automation;

namespace FleetInfra.Deploy.Automation;

/// <summary>The resource steps worth listing, by the names the Pulumi CLI shows; the parts of a replacement list once, as <c>replace</c>.</summary>
internal static class EngineSteps
{
    public static string? Name(OperationType operation) => operation switch
    {
        OperationType.Create => "create",
        OperationType.Update => "update",
        OperationType.Delete => "delete",
        OperationType.Replace => "replace",
        OperationType.Import or OperationType.ImportReplacement => "import",
        _ => null,
    };
}
