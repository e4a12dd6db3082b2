namespace FleetInfra.Core.Intents;

/// <summary>Why an image reference is not a pinned one (<see cref="Schema.ValuePatterns.PinnedImage"/> decides whether it is).</summary>
internal static class ImageReferences
{
    public static string Problem(string image)
    {
        const string LowerCase = "use lower-case repository names like registry.example.com/team/app:1.2.3";
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return $"'{image}' has a malformed digest; use @sha256: followed by 64 hex digits";
        }

        if (image.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsAsciiLetterUpper(c)))
        {
            return $"'{image}' is not an image reference; {LowerCase}";
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        if (colon < 0)
        {
            return $"'{image}' has no tag; pin a version like {image}:1.2.3 (or a digest)";
        }

        var tag = image[(colon + 1)..];
        if (tag == "latest")
        {
            return $"'{image}' uses the mutable tag 'latest'; pin a version like {image[..colon]}:1.2.3 (or a digest)";
        }

        return colon == lastSlash + 1
            ? $"'{image}' is not an image reference; {LowerCase}"
            : $"'{image}' has an invalid tag '{tag}'; use letters, digits, '.', '_' and '-'";
    }
}
