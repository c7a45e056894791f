using NeoCloudSim.Demand;

namespace NeoCloudSim.Routing;

/// <summary>The nearest site that serves; if it is full the request overflows (no spill to farther sites). As a flow:
/// that one site, what it turns away overflowing.</summary>
public sealed class NearestRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override int Choose(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates)
    {
        int nearest = NearestServing(candidates);
        return nearest >= 0 && CanTake(candidates[nearest]) ? nearest : -1;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<FlowLane> Lanes(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates)
    {
        int nearest = NearestServing(candidates);
        return nearest < 0 ? Nowhere : [new FlowLane(1, [nearest], false)];
    }

    private static int NearestServing(ReadOnlySpan<SiteView> candidates)
    {
        for (int i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Slots > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
