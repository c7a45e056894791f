using System.Threading;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// Faults the tests inject into a real <c>neocloudsim</c> process through the environment variable
/// <c>NEOCLOUDSIM_FAULT</c>, to show that a signal or a crash at the worst moment loses nothing:
/// <c>pause-before-commit</c> (the results are staged; wait there until stopped), <c>no-exchange</c> (replace by
/// renaming aside and in, as on file systems without an atomic exchange) and <c>kill-between-renames</c> (die, as
/// with <c>kill -9</c>, after the old folder was renamed aside and before the new one is renamed in).
/// </summary>
internal static class FaultPoints
{
    private static readonly string Fault = Environment.GetEnvironmentVariable("NEOCLOUDSIM_FAULT") ?? "";

    public static bool Is(string name) => string.Equals(Fault, name, StringComparison.Ordinal);

    /// <summary>With <c>pause-before-commit</c>, says so on standard error and waits until <paramref name="cancel"/>.</summary>
    public static async Task PauseBeforeCommitAsync(CancellationToken cancel)
    {
        if (Is("pause-before-commit"))
        {
            await Console.Error.WriteLineAsync("fault: paused before commit").ConfigureAwait(false);
            await Console.Error.FlushAsync(cancel).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>With <c>kill-between-renames</c>, ends this process at once, as a crash would.</summary>
    public static void KillBetweenRenames()
    {
        if (Is("kill-between-renames"))
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
