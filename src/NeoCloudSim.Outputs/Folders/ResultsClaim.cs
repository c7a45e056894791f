namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// Which process writes a results folder: a small file <c>.NAME.claim</c> beside it holding the writer's id and start
/// time, made and removed under the parent's <see cref="DirectoryLock"/>. A claim whose process is gone is stale and
/// is taken over; so a second run to the same folder fails at once, and one killed with <c>kill -9</c> never blocks
/// the next.
/// </summary>
internal static class ResultsClaim
{
    /// <summary>The live process claiming <paramref name="name"/> in <paramref name="parent"/>, or null.</summary>
    public static RunningProcess? Holder(string parent, string name)
    {
        string path = StagingNames.Claim(parent, name);
        try
        {
            return File.Exists(path) && RunningProcess.Parse(File.ReadAllText(path)) is { } holder && holder.IsAlive ? holder : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Claims <paramref name="name"/> for this process (the parent's lock held, no live holder).</summary>
    /// <exception cref="ResultsFolderException">The claim cannot be written: the place is not writable.</exception>
    public static void Take(string parent, string name)
    {
        string path = StagingNames.Claim(parent, name);
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(file);
            writer.Write(RunningProcess.Current.ToString());
            writer.Flush();
            file.Flush(flushToDisk: true); // a full file system fails here, before the run
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(path);
            throw new ResultsFolderException($"cannot write in '{parent}': {error.Message}", ResultsFolderProblem.NotWritable);
        }
    }

    /// <summary>Gives up this process's claim.</summary>
    public static void Release(string parent, string name) => TryDelete(StagingNames.Claim(parent, name));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // a claim that cannot be removed is stale once this process ends
        }
    }
}
