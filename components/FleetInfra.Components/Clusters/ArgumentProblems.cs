namespace FleetInfra.Components.Clusters;

/// <summary>Turns collected argument problems into one exception, thrown before any resource exists.</summary>
internal static class ArgumentProblems
{
    public static void ThrowIfAny(string component, string name, IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"{component} '{name}' has invalid arguments:\n  " + string.Join("\n  ", problems));
        }
    }
}
