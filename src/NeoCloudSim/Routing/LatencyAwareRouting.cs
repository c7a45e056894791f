using NeoCloudSim.Demand;

namespace NeoCloudSim.Routing;

/// <summary>
/// The nearest site whose estimated time to first token meets the class's SLO; when the nearest is full or too slow
/// the request spills to the next. If no site meets the SLO, the site with the smallest estimate that has room
/// takes it (late is better than lost); overflow only when every site is full.
/// </summary>
/// <remarks>The estimate is the round trip plus <see cref="SiteView.EstimatedWaitSeconds"/>. As a flow: the sites
/// nearest first, an interactive request going on to the next site rather than wait (the estimate meets the SLO only
/// where a slot is free) and joining a queue, from the nearest on, only when every site would make it wait; batch
/// requests, whose SLO is hours, join the nearest queue with room.</remarks>
public sealed class LatencyAwareRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override int Choose(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates)
    {
        ArgumentNullException.ThrowIfNull(workload);
        double slo = workload.Kind == WorkloadKind.Batch ? double.PositiveInfinity : workload.TtftSloMs / 1000;
        int fallback = -1;
        double fallbackEstimate = double.PositiveInfinity;
        for (int i = 0; i < candidates.Length; i++)
        {
            var site = candidates[i];
            if (!CanTake(site))
            {
                continue;
            }

            double estimate = site.RoundTripSeconds + site.EstimatedWaitSeconds;
            if (estimate <= slo)
            {
                return i;
            }

            if (estimate < fallbackEstimate)
            {
                fallback = i;
                fallbackEstimate = estimate;
            }
        }

        return fallback;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<FlowLane> Lanes(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return OneLaneBy(candidates, site => site.RoundTripSeconds, spills: workload.Kind != WorkloadKind.Batch);
    }
}
