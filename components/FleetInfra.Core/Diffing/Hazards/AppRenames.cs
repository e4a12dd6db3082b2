using System.Collections.Immutable;
using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// Which removed apps reappear under a new name: the new app is written where the old one was (same file and line), or
/// runs the same image repository. A rename is reported as FI108, not as a removal and an addition.
/// </summary>
internal static class AppRenames
{
    public static ImmutableSortedDictionary<string, string> Between(DiffSide before, DiffSide after)
    {
        var added = after.Intents.Values.Where(i => !before.Intents.ContainsKey(i.Name)).ToList();
        var renames = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var old in before.Intents.Values.Where(i => !after.Intents.ContainsKey(i.Name)))
        {
            var oldSource = before.Relative(old.Source);
            var match = added.FirstOrDefault(n => after.Relative(n.Source) is var source && source.File == oldSource.File && source.Line == oldSource.Line)
                ?? added.FirstOrDefault(n => Repository(n) is { } repository && repository == Repository(old));
            if (match is not null)
            {
                renames[old.Name] = match.Name;
                added.Remove(match);
            }
        }

        return renames.ToImmutable();
    }

    /// <summary>The image without its tag or digest; null for images CI builds (their repository is named after the app).</summary>
    private static string? Repository(ApplicationIntent intent)
    {
        if (intent.Image is not { } image)
        {
            return null;
        }

        var end = image.IndexOf('@') is var at and >= 0 ? at : image.Length;
        var colon = image.LastIndexOf(':', end - 1);
        return colon > image.LastIndexOf('/', end - 1) ? image[..colon] : image[..end];
    }
}
