using System.Diagnostics;
using System.Globalization;

namespace FleetInfra.Core.Rendering;

/// <summary>The process that holds an output folder's lock: its id and when it started, as recorded beside the folder.</summary>
public sealed record LockOwner(int ProcessId, DateTimeOffset Started)
{
    private const string TimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>This process.</summary>
    public static LockOwner Current
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return new LockOwner(Environment.ProcessId, process.StartTime.ToUniversalTime());
        }
    }

    /// <summary>The text of an owner file: <c>pid: 1234</c> and <c>started: 2026-05-01T10:00:00Z</c>.</summary>
    public string ToRecord() => $"pid: {ProcessId.ToString(CultureInfo.InvariantCulture)}\nstarted: {StartedText}\n";

    /// <summary>The owner in an owner file's text; null when the text is not a whole record (being written, or damaged).</summary>
    public static LockOwner? Parse(string record)
    {
        var fields = record.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return fields.TryGetValue("pid", out var pid) && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            && fields.TryGetValue("started", out var started)
            && DateTimeOffset.TryParseExact(started, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startedAt)
                ? new LockOwner(processId, startedAt)
                : null;
    }

    /// <summary>"another fleet render (pid 1234, started 2026-05-01T10:00:00Z)", or without the details when the owner is unknown.</summary>
    public static string Describe(LockOwner? owner) =>
        owner is null ? "another fleet render" : $"another fleet render (pid {owner.ProcessId}, started {owner.StartedText})";

    private string StartedText => Started.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
