namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>A folder <c>ROOT/bin/pulumi</c> holding the scripted stand-in CLI, and the state it keeps in <c>ROOT/state</c>.</summary>
internal sealed class StandInPulumi : IDisposable
{
    public StandInPulumi()
    {
        Root = Directory.CreateTempSubdirectory("fleet-pulumi-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "bin"));
        Directory.CreateDirectory(Path.Combine(Root, "state", "stacks"));
        var executable = Path.Combine(Root, "bin", "pulumi");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "StandIn", "pulumi"), executable);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Root { get; }

    /// <summary>Every call the library made, one line of arguments each (event log paths replaced by EVENTLOG).</summary>
    public IReadOnlyList<string> Calls => [.. Log.Where(l => !l.StartsWith("  ", StringComparison.Ordinal))];

    /// <summary>The engine over this stand-in, building the program with <see cref="PublishAsync"/>.</summary>
    public AutomationStackEngine Engine() => new(Root, PublishAsync);

    /// <summary>Builds the program the way the runner asks for it, without building anything: logs <c>publish DIR</c> and writes an empty binary.</summary>
    public Task<string> PublishAsync(string programDirectory, string outputDirectory, CancellationToken cancellationToken)
    {
        File.AppendAllLines(Path.Combine(Root, "state", "calls.log"), [$"publish {Path.GetFileName(programDirectory.TrimEnd('/'))}"]);
        Directory.CreateDirectory(outputDirectory);
        var binary = Path.Combine(outputDirectory, "FleetInfra.Program.dll");
        File.WriteAllText(binary, string.Empty);
        return Task.FromResult(binary);
    }

    /// <summary>The working folder of the last call whose arguments start with <paramref name="command"/>.</summary>
    public string WorkingFolderOf(string command) =>
        Log.Zip(Log.Skip(2)).Last(pair => pair.First.StartsWith(command, StringComparison.Ordinal)).Second.Trim()["cwd ".Length..];

    /// <summary>The environment line logged after the last call whose arguments start with <paramref name="command"/>.</summary>
    public string EnvironmentOf(string command) =>
        Log.Zip(Log.Skip(1)).Last(pair => pair.First.StartsWith(command, StringComparison.Ordinal)).Second.Trim();

    /// <summary>Every call as logged, event log paths and addresses included.</summary>
    public IReadOnlyList<string> RawCalls
    {
        get
        {
            var path = Path.Combine(Root, "state", "calls.log");
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
    }

    private IEnumerable<string> Log => RawCalls.Select(l => System.Text.RegularExpressions.Regex.Replace(l, "--event-log \\S+", "--event-log EVENTLOG"));

    public StandInPulumi WithStack(string name)
    {
        File.WriteAllText(Path.Combine(Root, "state", "stacks", name), string.Empty);
        return this;
    }

    /// <summary>A stack whose 'stack output' prints <paramref name="outputsJson"/>.</summary>
    public StandInPulumi WithStack(string name, string outputsJson)
    {
        WithStack(name);
        File.WriteAllText(Path.Combine(Root, "state", $"outputs-{name}"), outputsJson);
        return this;
    }

    /// <summary>Whether the backend still holds the stack.</summary>
    public bool HasStack(string name) => File.Exists(Path.Combine(Root, "state", "stacks", name));

    /// <summary>Makes <paramref name="command"/> fail with <paramref name="stderr"/> on standard error, after an error diagnostic event when given.</summary>
    public StandInPulumi Failing(string command, string stderr, string? diagnostic = null)
    {
        File.WriteAllText(Path.Combine(Root, "state", $"fail-{command}"), stderr);
        if (diagnostic is not null)
        {
            File.WriteAllText(Path.Combine(Root, "state", $"diagnostic-{command}"), diagnostic);
        }

        return this;
    }

    /// <summary>The version the stand-in reports (above 3.205.0 the library takes the engine events over gRPC).</summary>
    public StandInPulumi WithVersion(string version)
    {
        File.WriteAllText(Path.Combine(Root, "state", "version"), version + "\n");
        return this;
    }

    /// <summary>Makes <paramref name="command"/> send no summary event.</summary>
    public StandInPulumi WithoutSummary(string command)
    {
        File.WriteAllText(Path.Combine(Root, "state", $"no-summary-{command}"), string.Empty);
        return this;
    }

    /// <summary>Makes <paramref name="command"/> run until it is interrupted (see the stand-in's <c>hang-</c> files).</summary>
    public StandInPulumi Hanging(string command)
    {
        File.WriteAllText(Path.Combine(Root, "state", $"hang-{command}"), string.Empty);
        return this;
    }

    /// <summary>Waits until the call log holds <paramref name="line"/>; false after <paramref name="patience"/>.</summary>
    public async Task<bool> LoggedAsync(string line, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (!Log.Contains(line))
        {
            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
    }
}
