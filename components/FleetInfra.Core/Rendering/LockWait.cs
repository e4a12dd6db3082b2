namespace FleetInfra.Core.Rendering;

/// <summary>
/// How long a render waits for another render of the same output folder to finish, and whom to tell, once, that it
/// is waiting (with the other render's owner record, or null when that is unknown).
/// </summary>
public sealed record LockWait(TimeSpan Timeout, Action<LockOwner?>? Waiting = null)
{
    /// <summary>Do not wait: fail at once when another render holds the folder.</summary>
    public static LockWait None { get; } = new(TimeSpan.Zero);
}
