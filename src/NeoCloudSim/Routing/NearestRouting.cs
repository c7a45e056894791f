using NeoCloudSim.Demand;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Routing;

/// <summary>The nearest site that serves; if it is full the request overflows (no spill to farther sites).</summary>
public sealed class NearestRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override Site? Choose(InferenceRequest request, WorkloadClassSpec workload, IReadOnlyList<SiteDistance> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates)
        {
            if (candidate.Site.Slots > 0)
            {
                return CanTake(candidate.Site) ? candidate.Site : null;
            }
        }

        return null;
    }
}
