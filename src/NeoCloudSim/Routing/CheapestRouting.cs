using NeoCloudSim.Demand;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Routing;

/// <summary>The site whose cheapest energized feed is cheapest; ties go to the nearer site.</summary>
public sealed class CheapestRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override Site? Choose(InferenceRequest request, WorkloadClassSpec workload, IReadOnlyList<SiteDistance> candidates) =>
        Lowest(candidates, site => site.MarginalEnergyPriceUsdPerMwh);
}
