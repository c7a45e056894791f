using NeoCloudSim.Engine.Queueing;
using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Queueing;

/// <summary>
/// The engine against queueing theory: simulated M/M/1 and M/M/c queues must reproduce Erlang C's mean wait in queue
/// and probability of waiting, and Little's law must hold on the simulated outputs.
/// </summary>
/// <remarks>
/// Each setting runs 30 independent replications (seeds 1..30), each warmed up for 2,000 mean service times and then
/// measured for a horizon long enough that the 99.9% confidence interval across replications is a few percent of the
/// value. The check is that the analytic value lies inside the 99.9% interval (t quantile, 29 degrees of freedom),
/// and that the interval is narrow enough (half-width under 8% of the value) for the check to have teeth.
/// </remarks>
[Trait("Speed", "Slow")]
public sealed class QueueingTheoryTests
{
    private const int Replications = 30;
    private const double Level = 0.999;

    public static TheoryData<int, double, double> Settings => new()
    {
        // servers, arrival rate (1/s), measured horizon (s); service rate 1/s throughout
        { 1, 0.5, 100_000 },
        { 1, 0.9, 250_000 },
        { 4, 2.8, 60_000 },
        { 8, 7.2, 40_000 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Mean_wait_and_probability_of_waiting_match_Erlang_C(int servers, double arrivalRate, double horizon)
    {
        const double serviceRate = 1.0;
        var runs = Replicate(servers, arrivalRate, serviceRate, horizon);

        var meanWait = ConfidenceInterval.FromSamples(runs.Select(r => r.Waits.Mean).ToArray(), Level);
        var shareWaited = ConfidenceInterval.FromSamples(runs.Select(r => r.ShareWaited).ToArray(), Level);
        double expectedWait = ErlangC.MeanWaitInQueue(servers, arrivalRate, serviceRate);
        double expectedShare = ErlangC.ProbabilityOfWaiting(servers, arrivalRate / serviceRate);

        Assert.True(meanWait.Contains(expectedWait), $"Wq: Erlang C {expectedWait:F4} outside {meanWait}");
        Assert.True(shareWaited.Contains(expectedShare), $"P(wait): Erlang C {expectedShare:F4} outside {shareWaited}");
        Assert.True(meanWait.HalfWidth < 0.08 * expectedWait, $"Wq interval too wide to test anything: {meanWait}");
        Assert.True(shareWaited.HalfWidth < 0.08 * expectedShare, $"P(wait) interval too wide: {shareWaited}");
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Littles_law_holds_on_the_simulated_outputs(int servers, double arrivalRate, double horizon)
    {
        // L = λW for the system and Lq = λWq for the queue, each side measured independently in the same run:
        // L from a time-weighted monitor, λ from counted arrivals, W from per-customer tallies. They differ only by
        // edge effects (customers present at the start and end of the window), under 1% over these horizons.
        var run = MmcRun.Simulate(seed: 77, servers, arrivalRate, 1.0, warmUp: 2_000, horizon: 2_000 + horizon);
        double end = 2_000 + horizon;
        double lambda = run.Arrived / run.MeasuredSpan;

        double inSystem = run.InSystem.Mean(end);
        double inQueue = run.InQueue.Mean(end);
        Assert.InRange(inSystem / (lambda * run.Sojourns.Mean), 0.99, 1.01);
        Assert.InRange(inQueue / (lambda * run.Waits.Mean), 0.99, 1.01);
    }

    private static MmcRun[] Replicate(int servers, double arrivalRate, double serviceRate, double horizon)
    {
        var runs = new MmcRun[Replications];
        Parallel.For(0, Replications, i =>
            runs[i] = MmcRun.Simulate((ulong)(i + 1), servers, arrivalRate, serviceRate, warmUp: 2_000, horizon: 2_000 + horizon));
        return runs;
    }
}
