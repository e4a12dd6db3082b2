namespace FleetInfra.Deploy;

/// <summary>Where <c>fleet deploy</c> writes: streamed lines and the summary to standard output, problems to standard error.</summary>
public sealed class DeployConsole(TextWriter output, TextWriter error, bool isTerminal = false)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Standard output is an interactive terminal (colours and a wide table); false in CI and tests.</summary>
    public bool IsTerminal { get; } = isTerminal;

    public static DeployConsole Standard =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null);

    /// <summary>Prints one <c>fleet deploy: ...</c> line to standard error and returns <paramref name="exitCode"/>.</summary>
    public int Fail(string message, int exitCode)
    {
        Error.WriteLine($"fleet deploy: {message}");
        return exitCode;
    }
}
