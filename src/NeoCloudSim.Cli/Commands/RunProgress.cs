using Spectre.Console;

namespace NeoCloudSim.Cli.Commands;

/// <summary>
/// Shows a run's progress: a live bar with simulated days and an estimated time left in a terminal, plain lines every
/// few seconds when output is redirected (CI, pipes), nothing with --quiet or --json.
/// </summary>
internal static class RunProgress
{
    /// <summary>
    /// Runs <paramref name="work"/>, giving it a callback for the share of the horizon done; the callback also stops
    /// the work (with <see cref="OperationCanceledException"/>) once <paramref name="cancel"/> is signalled (Ctrl+C).
    /// </summary>
    public static T Track<T>(bool show, double horizonDays, TextWriter plain, Func<Action<double>, T> work, CancellationToken cancel)
    {
        if (!show)
        {
            return work(_ => cancel.ThrowIfCancellationRequested());
        }

        if (Console.IsErrorRedirected || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var line = new ProgressLine(plain, horizonDays);
            var result = work(share =>
            {
                cancel.ThrowIfCancellationRequested();
                line.Report(share);
            });
            line.Done();
            return result;
        }

        T? outcome = default;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"simulating {horizonDays:0} days", maxValue: 1);
                outcome = work(share =>
                {
                    cancel.ThrowIfCancellationRequested();
                    task.Value = share;
                    task.Description = $"simulated day {share * horizonDays:0} of {horizonDays:0}";
                });
                task.Value = 1;
            });
        return outcome!;
    }
}
