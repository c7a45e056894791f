using NeoCloudSim.Demand;

namespace NeoCloudSim.Routing;

/// <summary>The site whose cheapest energized feed is cheapest, among those with room; ties go to the nearer site.
/// As a flow: the sites in that order, each passing on what it turns away.</summary>
public sealed class CheapestRouting(double maxWaitingPerSlot) : RoutingPolicy(maxWaitingPerSlot)
{
    /// <inheritdoc/>
    public override int Choose(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates) =>
        Lowest(candidates, Price);

    /// <inheritdoc/>
    public override IReadOnlyList<FlowLane> Lanes(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates) =>
        OneLaneBy(candidates, Price);

    private static double Price(SiteView site) => site.EnergyPriceUsdPerMwh;
}
