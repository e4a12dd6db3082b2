namespace FleetInfra.Core.Config;

/// <summary>
/// Pulumi's rule for a stack name (the NAME of <c>stacks/Pulumi.NAME.yaml</c>): at most 100 ASCII letters, digits,
/// <c>-</c>, <c>_</c> and <c>.</c>. <c>.</c> and <c>..</c> are refused as well, so a name never leaves the stacks folder.
/// </summary>
public static class StackName
{
    public const int MaxLength = 100;

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength
        && name is not "." and not ".."
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
