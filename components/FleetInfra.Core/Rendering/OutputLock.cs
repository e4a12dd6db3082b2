using System.Diagnostics;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// An exclusive lock on an output folder, held by one render at a time: the file <c>.&lt;out&gt;.lock</c> beside the
/// folder, kept open with <see cref="FileShare.None"/> (an advisory <c>flock</c> on Linux and macOS, a sharing mode on
/// Windows). The operating system releases it when the holder ends, even when it is killed, so a lock file left
/// behind is free to take and is never deleted (deleting it could let two renders lock two different files).
/// The holder records itself in <c>.&lt;out&gt;.owner</c>, which it removes before it lets go; other renders read it
/// to name the holder, since the lock file itself cannot be opened while it is held.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _lock;
    private readonly string _ownerFile;

    private OutputLock(FileStream held, string ownerFile)
    {
        _lock = held;
        _ownerFile = ownerFile;
    }

    public static string LockFileOf(string parent, string name) => Path.Combine(parent, $".{name}.lock");

    public static string OwnerFileOf(string parent, string name) => Path.Combine(parent, $".{name}.owner");

    /// <summary>
    /// Takes the lock of the folder <paramref name="name"/> in the existing folder <paramref name="parent"/>, waiting
    /// up to <see cref="LockWait.Timeout"/> while another render holds it.
    /// </summary>
    /// <exception cref="OutputBusyException">Another render still holds the lock when the wait is over.</exception>
    public static OutputLock Acquire(string parent, string name, LockWait wait, LockOwner owner)
    {
        var outputDirectory = Path.Combine(parent, name);
        var lockFile = LockFileOf(parent, name);
        var ownerFile = OwnerFileOf(parent, name);
        var started = Stopwatch.GetTimestamp();
        var announced = false;
        while (true)
        {
            if (TryHold(lockFile) is { } held)
            {
                return Record(held, ownerFile, owner);
            }

            var holder = ReadOwner(ownerFile);
            var remaining = wait.Timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new OutputBusyException(outputDirectory, holder, wait.Timeout);
            }

            if (!announced)
            {
                announced = true;
                wait.Waiting?.Invoke(holder);
            }

            Thread.Sleep(remaining < PollInterval ? remaining : PollInterval);
        }
    }

    /// <summary>Removes the owner record, then releases the lock (in that order, so the next holder's record survives).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_ownerFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale record is harmless: the next holder replaces it.
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static FileStream? TryHold(string lockFile)
    {
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            return null;
        }
    }

    private static OutputLock Record(FileStream held, string ownerFile, LockOwner owner)
    {
        try
        {
            // A record left by a holder that was killed is stale: only the lock's holder writes here.
            File.Delete(ownerFile);
            NewFile.Write(ownerFile, owner.ToRecord());
            return new OutputLock(held, ownerFile);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>The recorded holder; null while it is still writing its record, or when none can be read.</summary>
    private static LockOwner? ReadOwner(string ownerFile)
    {
        try
        {
            return LockOwner.Parse(File.ReadAllText(ownerFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The open failed only because another handle holds the file: <c>EWOULDBLOCK</c> from <c>flock</c> (11 on Linux,
    /// 35 on macOS and BSD), or a sharing or lock violation on Windows.
    /// </summary>
    private static bool IsHeldElsewhere(IOException ex) =>
        ex.GetType() == typeof(IOException)
        && (OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 32 or 33 : ex.HResult is 11 or 35);
}
