using FleetInfra.Deploy.Engine;
using Pulumi.Automation.Commands.Exceptions;

namespace FleetInfra.Deploy.Automation;

/// <summary>Turns what the Automation API throws into one line for the summary (the CLI's full output was already streamed).</summary>
internal static class EngineFailure
{
    public static StackEngineException From(Exception exception)
    {
        if (exception is CommandException command)
        {
            var lines = command.Message.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
            var code = lines.FirstOrDefault(l => l.StartsWith("code: ", StringComparison.Ordinal))?["code: ".Length..] ?? "?";
            var stderr = lines.SkipWhile(l => !l.StartsWith("stderr:", StringComparison.Ordinal)).Select(l => l.StartsWith("stderr:", StringComparison.Ordinal) ? l["stderr:".Length..].Trim() : l);
            var error = stderr.FirstOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal));
            var what = command is ConcurrentUpdateException ? "the stack is locked by another update" : error ?? $"pulumi exited with code {code}";
            return new StackEngineException(what, exception);
        }

        return new StackEngineException($"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}", exception);
    }
}
