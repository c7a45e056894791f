using System.Globalization;
using NeoCloudSim.Compute;
using NeoCloudSim.Engine.Statistics;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Commands;

/// <summary>
/// Independent replications of one scenario: replication i runs with seed + i, in parallel across cores. Results land
/// in an array by replication index, so they are the same whatever the number of threads. Once <c>cancel</c> is
/// signalled no replication starts and the running ones stop at their next progress check (well under a second).
/// </summary>
internal static class Replications
{
    public static RunResults[] Run(Scenario scenario, IReadOnlyList<GpuSku> catalog, int count, int? threads = null, Action<int, double>? progress = null, Func<NeoCloudSim.Demand.TraceSpec, IReadOnlyList<NeoCloudSim.Demand.TraceRecord>>? loadTrace = null, CancellationToken cancel = default)
    {
        var results = new RunResults[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancel };
        try
        {
            Parallel.For(0, count, options, i =>
            {
                var replica = scenario with { Seed = scenario.Seed + (ulong)i };
                try
                {
                    results[i] = new NeocloudWorld(replica, catalog, loadTrace).Run(share =>
                    {
                        cancel.ThrowIfCancellationRequested();
                        progress?.Invoke(i, share);
                    });
                }
                catch (Exception error) when (error is not (ReplicationFailedException or OperationCanceledException))
                {
                    throw new ReplicationFailedException(
                        string.Create(CultureInfo.InvariantCulture, $"Replication {i} of '{scenario.Name}' failed; reproduce it with --seed {replica.Seed}: {error.Message}"),
                        error);
                }
            });
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0)
        {
            throw error.InnerExceptions.FirstOrDefault(e => e is ReplicationFailedException) ?? error.InnerExceptions[0];
        }

        return results;
    }

    /// <summary>Mean and 95% confidence interval of a figure across replications (the value itself for one).</summary>
    public static ConfidenceInterval Interval(IReadOnlyList<RunResults> runs, KeyFigure figure)
    {
        var values = new double[runs.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = figure.Value(runs[i].Summary);
        }

        return values.Length >= 2 ? ConfidenceInterval.FromSamples(values) : new ConfidenceInterval(values[0], 0, 0.95, 1);
    }
}
