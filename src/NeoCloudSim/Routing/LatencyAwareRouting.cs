using NeoCloudSim.Demand;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Routing;

/// <summary>
/// The nearest site whose estimated time to first token meets the class's SLO; when the nearest is full or too slow
/// the request spills to the next. If no site meets the SLO, the site with the smallest estimate that has room
/// takes it (late is better than lost); overflow only when every site is full.
/// </summary>
/// <remarks>The estimate is the round trip plus a queueing term: nothing while the site has free batch slots, else
/// the requests ahead per slot times the site's recent mean service time.</remarks>
public sealed class LatencyAwareRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override Site? Choose(InferenceRequest request, WorkloadClassSpec workload, IReadOnlyList<SiteDistance> candidates)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(candidates);
        double slo = workload.Kind == WorkloadKind.Batch ? double.PositiveInfinity : workload.TtftSloMs / 1000;
        Site? fallback = null;
        double fallbackEstimate = double.PositiveInfinity;
        foreach (var candidate in candidates)
        {
            var site = candidate.Site;
            if (!CanTake(site))
            {
                continue;
            }

            double estimate = candidate.RoundTripSeconds + EstimatedWaitSeconds(site);
            if (estimate <= slo)
            {
                return site;
            }

            if (estimate < fallbackEstimate)
            {
                fallback = site;
                fallbackEstimate = estimate;
            }
        }

        return fallback;
    }

    private static double EstimatedWaitSeconds(Site site)
    {
        int ahead = site.InSystem - site.Slots + 1;
        return ahead <= 0 ? 0 : (double)ahead / site.Slots * site.RecentServiceSeconds;
    }
}
