using NeoCloudSim.Routing;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class RoutingPolicyTests
{
    private static RunResults Run(RoutingPolicyKind policy, int nearGpus, int farGpus, double farPriceUsdPerMwh, double ratePerSecond)
    {
        var near = Site("near", "r1", 1, 2, powerMonths: 0);
        var far = Site("far", "r1", 1, 2, powerMonths: 0);
        far.Feeds[0] = far.Feeds[0] with { PriceUsdPerMwh = farPriceUsdPerMwh };
        var scenario = Scenario(0.5, [near, far], [Order("near", nearGpus, onDay: -60), Order("far", farGpus, onDay: -60)],
            latency: new() { ["r1"] = new() { ["near"] = 5, ["far"] = 40 } }) with
        {
            Routing = new RoutingSpec { Policy = policy, MaxWaitingPerSlot = 1 },
        };
        var world = new NeocloudWorld(scenario, [Gpu()]);
        world.AddArrivals("r1", "chat", new ConstantPoisson(world.Simulation.Random("arrivals"), ratePerSecond, 0.5 * 86_400));
        return world.Run();
    }

    private static (long Near, long Far) Arrivals(RunResults results) =>
        (results.ServiceTotals.Single(t => t.Site == "near").Tally.Arrived, results.ServiceTotals.Single(t => t.Site == "far").Tally.Arrived);

    [Fact]
    public void Cheapest_routing_prefers_the_cheaper_energy_even_when_it_is_farther()
    {
        var (near, far) = Arrivals(Run(RoutingPolicyKind.Cheapest, 16, 16, farPriceUsdPerMwh: 40, ratePerSecond: 2));
        Assert.Equal(0, near);
        Assert.True(far > 50_000);
    }

    [Fact]
    public void Least_loaded_routing_spreads_requests_by_capacity()
    {
        // One replica near, four far, at the same energy price: per batch slot, the far site must take most requests.
        var (near, far) = Arrivals(Run(RoutingPolicyKind.LeastLoaded, 8, 32, farPriceUsdPerMwh: 80, ratePerSecond: 6));
        Assert.True(near > 0 && far > 2 * near, $"near {near}, far {far}");
    }
}
