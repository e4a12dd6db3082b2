using System.Globalization;
using System.Runtime.InteropServices;

namespace FleetInfra.Deploy.Interrupts;

/// <summary>
/// This process's child processes, read from <c>/proc</c> (Linux), and SIGINT for them: how an interrupt reaches a
/// program that a library started (the Pulumi CLI under Pulumi.Automation, <c>fleet-deploy</c> under <c>fleet</c>).
/// Elsewhere there are no children to find and a clean stop falls back to the forced one.
/// </summary>
public static class ChildProcesses
{
    private const int SigInt = 2;

    /// <summary>The process ids whose parent is <paramref name="parent"/>.</summary>
    public static IReadOnlyList<int> Of(int parent)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat && stat.Parent == parent)
            {
                children.Add(pid);
            }
        }

        return children;
    }

    /// <summary>The process's arguments (the program first), empty when it is gone.</summary>
    public static IReadOnlyList<string> CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Sends SIGINT; false when the process is gone (or on Windows, which has no signals).</summary>
    public static bool Interrupt(int pid) => !OperatingSystem.IsWindows() && Kill(pid, SigInt) == 0;

    /// <summary>
    /// The process is in the foreground process group of its terminal, so a Ctrl-C there reached it and every process
    /// it started (a second SIGINT would make the Pulumi CLI terminate at once instead of finishing cleanly).
    /// </summary>
    public static bool InTerminalForeground(int pid) => Stat(pid) is { InTerminalForeground: true };

    private sealed record ProcessStat(int Parent, bool InTerminalForeground);

    /// <summary>Fields 4 (ppid), 5 (pgrp) and 8 (tpgid) of <c>/proc/PID/stat</c>, read after the parenthesised name, which may hold spaces.</summary>
    private static ProcessStat? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var fields = text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 6)
        {
            return null;
        }

        int Field(int number) => int.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        var terminalGroup = Field(8);
        return new ProcessStat(Field(4), terminalGroup > 0 && terminalGroup == Field(5));
    }

    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
