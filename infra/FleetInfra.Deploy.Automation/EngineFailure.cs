using System.Text.RegularExpressions;
using FleetInfra.Deploy.Engine;
using Pulumi.Automation.Commands.Exceptions;

namespace FleetInfra.Deploy.Automation;

/// <summary>
/// Turns what the Automation API throws into one line for the summary (the CLI's full output was already streamed):
/// the engine's first error diagnostic event when there is one, else the CLI's first <c>error:</c> line on stderr.
/// </summary>
internal static partial class EngineFailure
{
    public static StackEngineException From(Exception exception, IEnumerable<string>? errorDiagnostics = null)
    {
        if (exception is CommandException command)
        {
            if (command is ConcurrentUpdateException)
            {
                return new StackEngineException("the stack is locked by another update", exception);
            }

            var diagnostic = errorDiagnostics?.Select(FirstLine).FirstOrDefault(l => l.Length > 0);
            var lines = command.Message.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
            var code = lines.FirstOrDefault(l => l.StartsWith("code: ", StringComparison.Ordinal))?["code: ".Length..] ?? "?";
            var stderr = lines.SkipWhile(l => !l.StartsWith("stderr:", StringComparison.Ordinal)).Select(l => l.StartsWith("stderr:", StringComparison.Ordinal) ? l["stderr:".Length..].Trim() : l);
            var error = stderr.FirstOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal));
            return new StackEngineException(diagnostic ?? error ?? $"pulumi exited with code {code}", exception);
        }

        if (exception is StackEngineException engine)
        {
            return engine;
        }

        return new StackEngineException($"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}", exception);
    }

    /// <summary>A diagnostic's text without terminal colours or the CLI's colour tags (<c>&lt;{%reset%}&gt;</c>).</summary>
    public static string Plain(string message) => Colours().Replace(message, string.Empty);

    [GeneratedRegex(@"\x1b\[[0-9;]*m|<\{%[^%]*%\}>")]
    private static partial Regex Colours();

    private static string FirstLine(string message) =>
        message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
}
