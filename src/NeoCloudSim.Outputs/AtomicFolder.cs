using System.Threading;
using System.Globalization;
using NeoCloudSim.Outputs.Folders;

namespace NeoCloudSim.Outputs;

/// <summary>
/// Adds files to an existing results folder (charts, a report) so that each file is whole: they are written into a
/// hidden staging folder inside it (<c>.partial-PID</c>) and moved into place, each replacing its namesake in one
/// rename, only when every one is written. Whole folders are written by <see cref="ResultsDestination"/>.
/// </summary>
public static class AtomicFolder
{
    /// <summary>
    /// Fills a staging folder with <paramref name="write"/>, then moves its files into <paramref name="folder"/>. If
    /// writing fails or <paramref name="cancel"/> is signalled first, the folder is left as it was. Staging folders
    /// that dead processes left inside it are removed first.
    /// </summary>
    /// <returns>The names of the files added.</returns>
    public static async Task<IReadOnlyList<string>> AddFilesAsync(string folder, Func<string, Task> write, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        RemoveStale(folder);
        string staging = Path.Combine(folder, $".partial-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            await write(staging).ConfigureAwait(false);
            cancel.ThrowIfCancellationRequested();
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

    private static void RemoveStale(string folder)
    {
        foreach (string path in Directory.GetDirectories(folder, ".partial-*"))
        {
            if (int.TryParse(Path.GetFileName(path)[".partial-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                && id != Environment.ProcessId && RunningProcess.Of(id) is null)
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
