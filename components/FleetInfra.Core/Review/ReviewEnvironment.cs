using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Review;

/// <summary>A live review environment of a base stack, as <c>fleet report --stack BASE</c> lists it.</summary>
/// <param name="Stack">The apps-only stack.</param>
/// <param name="WrittenAt">When its stack file was last written (<c>fleet review create</c>, or <c>--update</c> on a new push).</param>
/// <param name="ExpiresAt">Its <c>fleet:expiresAt</c>; null when it has none (it never expires).</param>
public sealed record ReviewEnvironment(string Stack, DateTimeOffset WrittenAt, DateTimeOffset? ExpiresAt)
{
    /// <summary>Its <c>fleet:suspended</c>: scaled to zero for being idle until its next change.</summary>
    public bool Suspended { get; init; }

    /// <summary>How long ago its stack file was written, at <paramref name="now"/>.</summary>
    public TimeSpan AgeAt(DateTimeOffset now) => now - WrittenAt;

    public bool ExpiredAt(DateTimeOffset now) => ExpiresAt is { } at && at <= now;

    /// <summary>
    /// The apps-only stack files beside the base's (<c>Pulumi.*.yaml</c> in <paramref name="stacksFolder"/>) whose
    /// <c>fleet:clustersFrom</c> names <paramref name="baseStack"/>, by name. A file that does not parse is not listed
    /// (<c>fleet validate</c> reports it).
    /// </summary>
    public static ImmutableArray<ReviewEnvironment> Of(string baseStack, string stacksFolder) =>
    [
        .. (Directory.Exists(stacksFolder) ? Directory.EnumerateFiles(stacksFolder, "Pulumi.*.yaml") : [])
            .Select(file => (File: file, Stack: FleetLoader.ParseStack(file, null, new DiagnosticBag())))
            .Where(s => s.Stack is { ClustersFrom: { } reference } && reference.StackName == baseStack)
            .Select(s => new ReviewEnvironment(s.Stack!.StackName, new DateTimeOffset(File.GetLastWriteTimeUtc(s.File), TimeSpan.Zero), s.Stack.ExpiresAt) { Suspended = s.Stack.Suspended })
            .OrderBy(r => r.Stack, StringComparer.Ordinal),
    ];
}
