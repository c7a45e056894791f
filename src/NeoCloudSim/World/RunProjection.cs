using NeoCloudSim.Accounting;
using NeoCloudSim.Engine.Statistics;
using NeoCloudSim.Metrics;
using NeoCloudSim.Time;

namespace NeoCloudSim.World;

/// <summary>
/// The run's figures as projections of what it closed: the summary from the bucket book's rows and totals and the run
/// tallies, and the TTFT distribution per class.
/// </summary>
internal static class RunProjection
{
    /// <summary>The run's summary: counts from the run tallies and routing, utilization and stranding from the closed
    /// buckets, money as the sum of the money rows.</summary>
    public static RunSummary Summarize(
        BucketBook book,
        Scenario scenario,
        IReadOnlyList<(string Site, string Class, ServiceTally Tally)> service,
        IReadOnlyList<(string Region, string Class, RoutingTally Tally)> routing,
        int inFlight,
        long events)
    {
        var interactiveTtft = new Tally();
        long served = 0, abandoned = 0, sloMet = 0, tokensOut = 0, byFluid = 0;
        foreach (var (_, classId, tally) in service)
        {
            served += tally.Served;
            byFluid += tally.ServedByFluid;
            abandoned += tally.Abandoned;
            sloMet += tally.SloMet;
            tokensOut += tally.TokensOut;
            if (scenario.Classes.Find(c => c.Id == classId)?.Kind == Demand.WorkloadKind.Interactive)
            {
                interactiveTtft.Merge(tally.TtftSeconds);
            }
        }

        long arrived = 0, rejected = 0, burst = 0;
        foreach (var (_, _, tally) in routing)
        {
            arrived += tally.Arrived;
            rejected += tally.Rejected;
            burst += tally.Burst;
        }

        double revenue = 0, cost = 0, npv = 0;
        foreach (var row in book.MoneyRows)
        {
            revenue += row.RevenueUsd;
            cost += row.CostUsd;
            npv += row.DiscountedCashFlowUsd;
        }

        return new RunSummary
        {
            Scenario = scenario.Name,
            Seed = scenario.Seed,
            HorizonDays = scenario.HorizonDays,
            Arrived = arrived,
            Served = served,
            RequestsSimulated = served - byFluid,
            Abandoned = abandoned,
            Rejected = rejected,
            Burst = burst,
            InFlightAtEnd = inFlight,
            TokensOut = tokensOut,
            Utilization = book.GpuSecondsUp > 0 ? book.GpuSecondsBusy / book.GpuSecondsUp : 0,
            StrandedGpuDays = book.StrandedGpuSeconds / Durations.SecondsPerDay,
            TtftP50Ms = interactiveTtft.P50 * 1000,
            TtftP99Ms = interactiveTtft.P99 * 1000,
            SloAttainment = served > 0 ? (double)sloMet / served : double.NaN,
            RevenueUsd = revenue,
            CostUsd = cost,
            MarginUsd = revenue - cost,
            NpvUsd = npv,
            CostPerMillionTokensUsd = tokensOut > 0 ? cost / tokensOut * 1e6 : double.NaN,
            Events = events,
        };
    }

    /// <summary>Each class's TTFT over the whole run, all sites merged, at the quantiles of <see cref="TtftQuantiles"/>.</summary>
    public static List<TtftQuantileRow> TtftDistribution(Scenario scenario, IReadOnlyList<(string Site, string Class, ServiceTally Tally)> service)
    {
        var rows = new List<TtftQuantileRow>();
        foreach (var workload in scenario.Classes)
        {
            var merged = new Tally();
            foreach (var (_, classId, tally) in service)
            {
                if (classId == workload.Id)
                {
                    merged.Merge(tally.TtftSeconds);
                }
            }

            if (merged.Count == 0)
            {
                continue;
            }

            foreach (double q in TtftQuantiles)
            {
                rows.Add(new TtftQuantileRow { Class = workload.Id, Quantile = q, TtftMs = Ms(merged.Quantile(q)) });
            }
        }

        return rows;
    }

    /// <summary>0.005, 0.01, …, 0.995 and the tail 0.999, 0.9999: enough points for a smooth CDF and its tail.</summary>
    public static IReadOnlyList<double> TtftQuantiles { get; } = [.. Enumerable.Range(1, 199).Select(i => i / 200.0), 0.999, 0.9999];

    private static double Ms(double seconds) => seconds * 1000;
}
