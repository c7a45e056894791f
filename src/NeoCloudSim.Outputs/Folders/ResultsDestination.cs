using System.Threading;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// A results folder claimed for one run, checked before the run starts. Claiming resolves the path (trailing
/// separators, <c>.</c>, <c>..</c>, symbolic links), refuses what must never be written (the current directory or a
/// parent of it, a folder holding the scenario, a file, a folder NeoCloudSim did not write, a folder another run
/// is writing), proves the place writable and cleans what dead runs left beside it. Writing stages the whole folder
/// beside the target and commits it in one atomic exchange (or, where the file system cannot exchange, by renaming
/// the old folder aside, the new one in, and only then removing the old); so at any moment, a crash included, the
/// target is either the old folder whole or the new one whole. Disposing gives the claim up.
/// </summary>
public sealed class ResultsDestination : IDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private readonly string _parent;
    private readonly string _name;
    private bool _released;

    private ResultsDestination(string requested, string path, List<string> notes)
    {
        Requested = requested;
        FullPath = path;
        _parent = Path.GetDirectoryName(path)!;
        _name = Path.GetFileName(path);
        Notes = notes;
    }

    /// <summary>The folder as the user named it, for messages.</summary>
    public string Requested { get; }

    /// <summary>The folder's canonical path.</summary>
    public string FullPath { get; }

    /// <summary>What claiming did besides (stale staging folders removed or restored), one line each.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Claims <paramref name="requested"/>.</summary>
    /// <exception cref="ResultsFolderException">It cannot be written as asked; the message says why.</exception>
    public static ResultsDestination Claim(string requested, ResultsDestinationOptions? options = null)
    {
        options ??= new ResultsDestinationOptions();
        string path = Resolve(requested);
        string cwd = CanonicalPath.Of(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        if (CanonicalPath.IsSameOrInside(cwd, path) || Path.GetDirectoryName(path) is null)
        {
            throw new ResultsFolderException($"'{requested}' is the current directory or one of its parents: NeoCloudSim never writes results there. Name a new folder with --out.", ResultsFolderProblem.Protected);
        }

        foreach (string kept in options.Protected)
        {
            if (CanonicalPath.IsSameOrInside(CanonicalPath.Of(kept), path))
            {
                throw new ResultsFolderException($"'{requested}' holds '{kept}', which this command reads: NeoCloudSim never replaces it. Name another folder with --out.", ResultsFolderProblem.Protected);
            }
        }

        string parent = Path.GetDirectoryName(path)!;
        CreateParent(parent, requested);
        using var held = DirectoryLock.Take(parent, LockTimeout);
        var notes = StaleStaging.Clean(parent);
        CheckTarget(path, requested, options.Replace);
        if (ResultsClaim.Holder(parent, Path.GetFileName(path)) is { } holder)
        {
            throw new ResultsFolderException($"'{requested}' is being written by another NeoCloudSim run (process {holder.Id}); wait for it, or choose another folder with --out.", ResultsFolderProblem.InUse);
        }

        ResultsClaim.Take(parent, Path.GetFileName(path));
        return new ResultsDestination(requested, path, notes);
    }

    /// <summary>Claims the first of <paramref name="requested"/>, <c>-2</c>, <c>-3</c>, ... that neither exists nor is
    /// being written: a run without <c>--out</c> never touches earlier results, nor waits for another run.</summary>
    public static ResultsDestination ClaimFirstFree(string requested, ResultsDestinationOptions? options = null)
    {
        options = (options ?? new ResultsDestinationOptions()) with { Replace = false };
        for (int n = 1; n <= 10_000; n++)
        {
            string candidate = n == 1 ? requested : $"{requested}-{n}";
            try
            {
                return Claim(candidate, options);
            }
            catch (ResultsFolderException error) when (error.Problem is ResultsFolderProblem.Exists or ResultsFolderProblem.InUse or ResultsFolderProblem.NotResults)
            {
                // taken: try the next name
            }
        }

        throw new ResultsFolderException($"'{requested}' and its 10,000 numbered variants are all taken; name a folder with --out.", ResultsFolderProblem.Exists);
    }

    /// <summary>
    /// Writes the folder: <paramref name="write"/> fills a hidden staging folder beside the target, which is then
    /// committed in place. If writing fails or <paramref name="cancel"/> is signalled before the commit, the staging
    /// folder is removed and the target is left as it was.
    /// </summary>
    public async Task WriteAsync(Func<string, CancellationToken, Task> write, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(_released, this);
        string staging = StagingNames.Partial(_parent, _name, Environment.ProcessId);
        DeleteIfThere(staging);
        try
        {
            Directory.CreateDirectory(staging);
            await write(staging, cancel).ConfigureAwait(false);
            cancel.ThrowIfCancellationRequested();
            await FaultPoints.PauseBeforeCommitAsync(cancel).ConfigureAwait(false);
            Commit(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Gives up the claim (and removes a staging folder a failed write left).</summary>
    public void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        TryDelete(StagingNames.Partial(_parent, _name, Environment.ProcessId));
        try
        {
            using var held = DirectoryLock.Take(_parent, LockTimeout);
            ResultsClaim.Release(_parent, _name);
        }
        catch (IOException)
        {
            // the parent is gone or locked for long: the claim is stale once this process ends
        }
    }

    private void Commit(string staging)
    {
        if (!Directory.Exists(FullPath))
        {
            if (File.Exists(FullPath))
            {
                throw new ResultsFolderException($"'{Requested}' became a file while the run went on; the results were not written.", ResultsFolderProblem.NotResults);
            }

            Directory.Move(staging, FullPath);
            return;
        }

        if (!ResultsMarker.IsResultsFolder(FullPath))
        {
            throw new ResultsFolderException($"'{Requested}' changed while the run went on and is no longer a NeoCloudSim results folder; the results were not written.", ResultsFolderProblem.NotResults);
        }

        if (!FaultPoints.Is("no-exchange") && !FaultPoints.Is("kill-between-renames") && LinuxCalls.TryExchange(staging, FullPath))
        {
            TryDelete(staging); // now the old folder; if it cannot go, the next run into this parent removes it
            return;
        }

        string aside = StagingNames.Old(_parent, _name, Environment.ProcessId);
        DeleteIfThere(aside);
        Directory.Move(FullPath, aside);
        FaultPoints.KillBetweenRenames();
        try
        {
            Directory.Move(staging, FullPath);
        }
        catch
        {
            Directory.Move(aside, FullPath); // put the old folder back
            throw;
        }

        TryDelete(aside);
    }

    private static string Resolve(string requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            throw new ResultsFolderException("the results folder's name is empty: name one with --out DIR", ResultsFolderProblem.InvalidPath);
        }

        try
        {
            return CanonicalPath.Of(requested);
        }
        catch (Exception error) when (error is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"'{requested}' cannot be a results folder: {error.Message}", ResultsFolderProblem.InvalidPath);
        }
    }

    private static void CreateParent(string parent, string requested)
    {
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ResultsFolderException($"cannot create the folder for '{requested}' ('{parent}'): {error.Message}", ResultsFolderProblem.NotWritable);
        }
    }

    private static void CheckTarget(string path, string requested, bool replace)
    {
        if (File.Exists(path))
        {
            throw new ResultsFolderException($"'{requested}' is a file, not a results folder: NeoCloudSim never replaces it. Choose another folder with --out.", ResultsFolderProblem.NotResults);
        }

        if (!Directory.Exists(path))
        {
            return;
        }

        if (!replace)
        {
            throw new ResultsFolderException($"The results folder '{requested}' already exists: choose another with --out, or replace it with --force.", ResultsFolderProblem.Exists);
        }

        if (!ResultsMarker.IsResultsFolder(path))
        {
            throw new ResultsFolderException($"'{requested}' exists and was not written by NeoCloudSim (it has no NeoCloudSim {ResultsMarker.ManifestFile}): --force replaces only results folders. Choose another folder with --out.", ResultsFolderProblem.NotResults);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            DeleteIfThere(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // left for the stale-staging clean-up of the next run into this parent
        }
    }

    private static void DeleteIfThere(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
