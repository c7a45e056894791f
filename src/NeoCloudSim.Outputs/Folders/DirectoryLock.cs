using System.Threading;

using System.Diagnostics;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// A short exclusive lock on a directory, held while runs decide who writes which results folder in it (claims,
/// stale staging folders). It is the kernel's <c>flock</c> on the directory itself, so it leaves no file behind and
/// dies with its process, even on <c>kill -9</c>. Where directories cannot be locked that way, a hidden lock file in
/// the directory does the same job.
/// </summary>
internal sealed class DirectoryLock : IDisposable
{
    private const string FallbackFile = ".neocloudsim.lock";
    private readonly int _descriptor;
    private readonly FileStream? _file;

    private DirectoryLock(int descriptor, FileStream? file)
    {
        _descriptor = descriptor;
        _file = file;
    }

    /// <summary>Takes the lock of <paramref name="directory"/>, waiting up to <paramref name="timeout"/> for it.</summary>
    /// <exception cref="ResultsFolderException">Another process held it all that time.</exception>
    public static DirectoryLock Take(string directory, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        int descriptor = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? LinuxCalls.OpenDirectory(directory) : -1;
        while (true)
        {
            var taken = descriptor >= 0 ? TryFlock(descriptor) : TryFile(directory);
            if (taken is not null)
            {
                return taken;
            }

            if (waited.Elapsed > timeout)
            {
                if (descriptor >= 0)
                {
                    LinuxCalls.CloseDescriptor(descriptor);
                }

                throw new ResultsFolderException($"another NeoCloudSim process has held '{directory}' for {timeout.TotalSeconds:0} s; try again", ResultsFolderProblem.InUse);
            }

            Thread.Sleep(10);
        }
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose();
        }
        else
        {
            LinuxCalls.CloseDescriptor(_descriptor);
        }
    }

    private static DirectoryLock? TryFlock(int descriptor) => LinuxCalls.TryLock(descriptor) ? new DirectoryLock(descriptor, null) : null;

    private static DirectoryLock? TryFile(string directory)
    {
        try
        {
            var file = new FileStream(Path.Combine(directory, FallbackFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new DirectoryLock(-1, file);
        }
        catch (IOException) when (File.Exists(Path.Combine(directory, FallbackFile)))
        {
            return null; // held by another process
        }
    }
}
