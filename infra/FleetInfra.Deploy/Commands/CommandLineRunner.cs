using System.CommandLine;

namespace FleetInfra.Deploy.Commands;

/// <summary>Parses and invokes a root command the way every FleetInfra executable does: usage errors exit 2, defects 70, never a stack trace.</summary>
public static class CommandLineRunner
{
    public const int Usage = 2;

    public const int InternalError = 70;

    /// <param name="name">How the program calls itself in messages: <c>fleet</c>, <c>fleet deploy</c>.</param>
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error, string name)
    {
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var problem in parseResult.Errors)
            {
                error.WriteLine($"{name}: {problem.Message}");
            }

            error.WriteLine($"run '{name} --help' for usage");
            return Usage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            error.WriteLine($"{name}: internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}. Please report this with the command you ran.");
            return InternalError;
        }
    }
}
