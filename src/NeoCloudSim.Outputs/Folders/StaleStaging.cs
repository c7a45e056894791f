namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// Cleans what runs that died left in a parent folder. A staging folder belongs to the live process that claims its
/// results folder; any other is stale. A stale <c>.NAME.old-PID</c> whose results folder is missing is the old
/// folder of a replace cut short between its two renames: it is renamed back, so the user keeps it whole. Every
/// other stale staging folder is an unfinished write and is removed. Called under the parent's
/// <see cref="DirectoryLock"/>.
/// </summary>
internal static class StaleStaging
{
    /// <summary>Cleans <paramref name="parent"/>; returns one line per folder restored or removed.</summary>
    public static List<string> Clean(string parent)
    {
        var notes = new List<string>();
        string[] entries;
        try
        {
            entries = Directory.GetDirectories(parent, ".*");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return notes;
        }

        foreach (string path in entries.Order(StringComparer.Ordinal))
        {
            string entry = Path.GetFileName(path);
            if (!StagingNames.TryParse(entry, out string name, out bool old, out int processId) || ClaimedBy(parent, name, processId))
            {
                continue;
            }

            string target = Path.Combine(parent, name);
            try
            {
                if (old && !Directory.Exists(target) && !File.Exists(target))
                {
                    Directory.Move(path, target);
                    notes.Add($"restored '{target}' from '{entry}', left by a replace that was cut short (process {processId})");
                }
                else
                {
                    Directory.Delete(path, recursive: true);
                    notes.Add($"removed '{entry}', an unfinished results folder left by process {processId}");
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                notes.Add($"could not clean '{path}' ({error.Message}); remove it by hand");
            }
        }

        RemoveStaleClaims(parent);
        return notes;
    }

    /// <summary>Claims of processes that are gone (killed, say) are removed silently: they hold nothing.</summary>
    private static void RemoveStaleClaims(string parent)
    {
        foreach (string path in Directory.GetFiles(parent, ".*.claim"))
        {
            string name = Path.GetFileName(path)[1..^".claim".Length];
            if (ResultsClaim.Holder(parent, name) is null)
            {
                ResultsClaim.Release(parent, name);
            }
        }
    }

    /// <summary>Whether the live process <paramref name="processId"/> claims results folder <paramref name="name"/>.</summary>
    private static bool ClaimedBy(string parent, string name, int processId) =>
        ResultsClaim.Holder(parent, name) is { } holder && holder.Id == processId;
}
