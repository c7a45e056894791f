using NeoCloudSim.Outputs.Folders;

namespace NeoCloudSim.Cli.Commands;

/// <summary>
/// How commands claim their results folder before any work starts: <c>--out</c> as given (replaced only with
/// <c>--force</c>, and only if NeoCloudSim wrote it), or else the first free numbered default under <c>results/</c>,
/// named from the scenario's sanitised name. A problem is one line on standard error and an exit code.
/// </summary>
internal static class ResultsFolders
{
    /// <summary>The claimed folder, or null with <paramref name="exitCode"/> set and the reason written.</summary>
    /// <param name="requested">The <c>--out</c> value, or null for the default.</param>
    /// <param name="defaultName">The default folder's name under <c>results/</c> (sanitised here).</param>
    /// <param name="force">Replace an existing results folder.</param>
    /// <param name="inputs">Files the command reads (scenarios), which the folder must never hold.</param>
    /// <param name="errors">Where problems and notes go.</param>
    /// <param name="exitCode">Why it failed.</param>
    public static ResultsDestination? Claim(string? requested, string defaultName, bool force, IReadOnlyList<string> inputs, TextWriter errors, out int exitCode)
    {
        var options = new ResultsDestinationOptions { Replace = force, Protected = inputs };
        try
        {
            var destination = requested is null
                ? ResultsDestination.ClaimFirstFree(Path.Combine("results", ResultsNames.FolderName(defaultName)), options)
                : ResultsDestination.Claim(requested, options);
            foreach (string note in destination.Notes)
            {
                errors.WriteLine($"note: {note}");
            }

            exitCode = ExitCodes.Success;
            return destination;
        }
        catch (ResultsFolderException error)
        {
            errors.WriteLine(error.Message);
            exitCode = error.Problem == ResultsFolderProblem.InvalidPath ? ExitCodes.InvalidInput : ExitCodes.OutputExists;
            return null;
        }
    }

    /// <summary>The message for a write that failed (a full disk, say): nothing was written.</summary>
    public static string WriteFailed(ResultsDestination destination, Exception error) =>
        $"Could not write the results to '{destination.Requested}': {error.Message}. Nothing was written.";

    /// <summary>
    /// Writes a claimed results folder and turns what can go wrong while writing into one line and an exit code:
    /// a signal (130; the staging folder is removed) or a failing disk (1); in both cases nothing was written.
    /// </summary>
    public static async Task<int> WriteAsync(ResultsDestination destination, TextWriter errors, Func<string, CancellationToken, Task> write, CancellationToken cancel)
    {
        try
        {
            await destination.WriteAsync(write, cancel).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Stopped while writing the results: nothing was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync(ResultsFolders.WriteFailed(destination, error)).ConfigureAwait(false);
            return error is ResultsFolderException ? ExitCodes.OutputExists : ExitCodes.Failure;
        }
    }
}
