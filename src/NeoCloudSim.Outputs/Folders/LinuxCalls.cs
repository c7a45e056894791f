using System.Runtime.InteropServices;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// The few C library calls .NET does not expose: an atomic exchange of two folders (<c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>) and an advisory lock on a directory (<c>flock</c>). Linux and macOS share the lock's
/// constants; the exchange is Linux-only, and callers fall back when it is refused.
/// </summary>
internal static partial class LinuxCalls
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const int ReadOnly = 0;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int WouldBlock = 11; // EAGAIN / EWOULDBLOCK on Linux

    /// <summary>Swaps two existing paths in one step; false where the file system or system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Opens a directory for locking; -1 if it cannot be opened.</summary>
    public static int OpenDirectory(string path) => Open(path, ReadOnly);

    /// <summary>Tries to take the exclusive lock of an open directory: true if taken, false if another holds it.</summary>
    /// <exception cref="IOException">The lock cannot be taken for another reason.</exception>
    public static bool TryLock(int descriptor)
    {
        if (Flock(descriptor, LockExclusive | LockNonBlocking) == 0)
        {
            return true;
        }

        int error = Marshal.GetLastPInvokeError();
        return error == WouldBlock ? false : throw new IOException($"cannot lock a directory (errno {error})");
    }

    /// <summary>Closes a descriptor (which releases its lock).</summary>
    public static void CloseDescriptor(int descriptor) => _ = Close(descriptor);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
