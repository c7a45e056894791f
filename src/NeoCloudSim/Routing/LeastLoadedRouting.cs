using NeoCloudSim.Demand;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Routing;

/// <summary>The site with the fewest requests per batch slot; ties go to the nearer site.</summary>
public sealed class LeastLoadedRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override Site? Choose(InferenceRequest request, WorkloadClassSpec workload, IReadOnlyList<SiteDistance> candidates) =>
        Lowest(candidates, Load);
}
