using System.Text;
using Microsoft.Win32.SafeHandles;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// Files a render creates where none can exist yet (its fresh staging folder, the lock's owner record after removing a
/// stale one), opened with <see cref="FileMode.CreateNew"/> rather than <see cref="FileMode.Create"/>. On Unix, .NET
/// truncates a file opened with <c>Create</c> to zero bytes even when it was just created (dotnet/runtime,
/// <c>SafeFileHandle.Unix.cs</c>, <c>Init</c>), and ext4 writes a file truncated to zero out to disk as soon as it is
/// closed (<c>auto_da_alloc</c>: Linux <c>fs/ext4/inode.c</c> <c>ext4_truncate</c> marks it,
/// <c>fs/ext4/file.c</c> <c>ext4_release_file</c> allocates its blocks and starts the write), inside the render, file
/// by file; deleting such a file later waits for the disk's discard. A file created new stays in the page cache and
/// is written out by the kernel later, like any other.
/// </summary>
internal static class NewFile
{
    /// <summary>Creates the file for writing; an <see cref="IOException"/> if it already exists.</summary>
    public static SafeFileHandle Create(string path) => File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);

    /// <summary>Creates the file with the text as UTF-8 without a byte order mark, as <see cref="File.WriteAllText(string, string?)"/> writes it.</summary>
    public static void Write(string path, string text)
    {
        using var file = Create(path);
        RandomAccess.Write(file, Encoding.UTF8.GetBytes(text), fileOffset: 0);
    }
}
