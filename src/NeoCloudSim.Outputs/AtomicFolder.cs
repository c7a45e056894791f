using System.Globalization;

namespace NeoCloudSim.Outputs;

/// <summary>
/// Writes a folder so that a folder with its name is always whole: the content goes into a hidden staging folder
/// beside it (<c>.NAME.partial-PID</c>), which is moved into place only when complete and deleted if writing fails. An
/// existing folder is replaced only when asked.
/// </summary>
public static class AtomicFolder
{
    /// <summary>Creates <paramref name="folder"/> with what <paramref name="write"/> puts into the staging folder.</summary>
    /// <exception cref="IOException">The folder exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task WriteAsync(string folder, bool overwrite, Func<string, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.GetFullPath(folder);
        if (Directory.Exists(target) && !overwrite)
        {
            throw new IOException($"The results folder '{folder}' already exists; choose another or allow overwriting.");
        }

        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            await write(staging).ConfigureAwait(false);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    /// <summary>
    /// Adds files to an existing <paramref name="folder"/> (charts, a report): <paramref name="write"/> fills a hidden
    /// staging folder inside it, and only when every file is written are they moved into place, each replacing its
    /// namesake in one rename. If writing fails, the folder is left as it was.
    /// </summary>
    /// <returns>The names of the files added.</returns>
    public static async Task<IReadOnlyList<string>> AddFilesAsync(string folder, Func<string, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string staging = Path.Combine(folder, $".partial-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            await write(staging).ConfigureAwait(false);
            var names = new List<string>();
            foreach (string file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                File.Move(file, Path.Combine(folder, name), overwrite: true);
                names.Add(name);
            }

            return names;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
