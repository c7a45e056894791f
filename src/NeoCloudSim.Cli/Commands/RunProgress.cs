using Spectre.Console;

namespace NeoCloudSim.Cli.Commands;

/// <summary>
/// Shows a run's progress: a live bar with simulated days and an estimated time left in a terminal, plain lines every
/// few seconds when output is redirected (CI, pipes), nothing with --quiet or --json.
/// </summary>
internal static class RunProgress
{
    /// <summary>Most replication bars shown at once.</summary>
    public const int MaxBars = 32;

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

    /// <summary>Runs <paramref name="count"/> replications of <paramref name="label"/>, one bar each in a terminal
    /// (one line per finished replication otherwise). A terminal shows bars for at most the first
    /// <see cref="MaxBars"/> replications.</summary>
    public static T TrackReplications<T>(bool show, string label, int count, TextWriter plain, Func<Action<int, double>?, T> work)
    {
        if (!show)
        {
            return work(null);
        }

        if (Console.IsErrorRedirected || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var gate = new object();
            return work((i, share) =>
            {
                if (share >= 1)
                {
                    lock (gate)
                    {
                        plain.WriteLine($"  {label}: replication {i} done");
                    }
                }
            });
        }

        T? outcome = default;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new ProgressTask[Math.Min(count, MaxBars)];
                for (int i = 0; i < tasks.Length; i++)
                {
                    tasks[i] = context.AddTask($"{label} #{i}", maxValue: 1);
                }

                outcome = work((i, share) =>
                {
                    if (i < tasks.Length)
                    {
                        tasks[i].Value = share;
                    }
                });
            });
        return outcome!;
    }
}
