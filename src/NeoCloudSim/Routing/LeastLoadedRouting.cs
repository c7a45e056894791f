using NeoCloudSim.Demand;

namespace NeoCloudSim.Routing;

/// <summary>
/// The site with the fewest requests held per batch slot up, among those with room, whatever the distance; ties go to
/// the nearer site.
/// </summary>
/// <remarks>
/// As a flow, the same rule's steady state: sending each request where fewest are held per slot evens out the sites'
/// requests per slot, and (by Little's law) a site holds its arrival rate times its service time, so the flow splits
/// across the sites that serve in proportion to their capacity in requests per second — one lane per site, what a full
/// site turns away going on to the others, the largest first.
/// </remarks>
public sealed class LeastLoadedRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override int Choose(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates) =>
        Lowest(candidates, site => site.LoadPerSlot);

    /// <inheritdoc/>
    public override IReadOnlyList<FlowLane> Lanes(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates)
    {
        double total = 0;
        foreach (var site in candidates)
        {
            total += Capacity(site);
        }

        if (total <= 0)
        {
            return Nowhere;
        }

        var byCapacity = new int[candidates.Length];
        var capacity = new double[candidates.Length];
        for (int i = 0; i < byCapacity.Length; i++)
        {
            byCapacity[i] = i;
            capacity[i] = Capacity(candidates[i]);
        }

        Array.Sort(byCapacity, (a, b) => capacity[a] != capacity[b] ? capacity[b].CompareTo(capacity[a]) : a.CompareTo(b));
        var lanes = new List<FlowLane>();
        foreach (int first in byCapacity)
        {
            if (capacity[first] > 0)
            {
                lanes.Add(new FlowLane(capacity[first] / total, [first, .. byCapacity.Where(i => i != first)], false));
            }
        }

        return lanes;
    }

    private static double Capacity(SiteView site) => site.Slots > 0 ? Math.Max(0, site.CapacityRequestsPerSecond) : 0;
}
