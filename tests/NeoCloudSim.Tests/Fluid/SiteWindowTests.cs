using NeoCloudSim.Demand;
using NeoCloudSim.Fluid;
using NeoCloudSim.Tests.World;
using NeoCloudSim.World;

namespace NeoCloudSim.Tests.Fluid;

public sealed class SiteWindowTests
{
    /// <summary>Two sites of 4 replicas, one region, chat at 2.4 requests/s for a week; a request budget too small
    /// for whole-fleet windows (three windows of 70 minutes, some 30,000 requests) forces shorter windows of one site each.</summary>
    private static Scenario TwoSites(Fidelity fidelity) =>
        TestWorlds.Scenario(7, [TestWorlds.Site("a", "r1", 0.033, 0.05, 0), TestWorlds.Site("b", "r1", 0.033, 0.05, 0)], [TestWorlds.Order("a", 32, -60), TestWorlds.Order("b", 32, -60)], new() { ["r1"] = new() { ["a"] = 10, ["b"] = 25 } }) with
        {
            Fidelity = fidelity,
            Catalog = [TestWorlds.Gpu()],
            Demand = [new DemandStreamSpec { Region = "r1", Class = "chat", Curve = new DemandCurveSpec { BaseRatePerSecond = 2.4 } }],
            Traffic = new TrafficSpec { MaxWindowRequests = 15_000 },
        };

    [Fact]
    public void Large_fleets_get_one_site_per_window_and_the_site_s_requests_replace_its_flows()
    {
        var world = new NeocloudWorld(TwoSites(Fidelity.Hybrid), [TestWorlds.Gpu()]);
        var hybrid = world.Run();
        var fluid = new NeocloudWorld(TwoSites(Fidelity.Fluid), [TestWorlds.Gpu()]).Run();

        Assert.True(world.Windows.PerSite);
        Assert.InRange(hybrid.Summary.RequestsSimulated, 500, 15_000);
        Assert.Contains(hybrid.Latency, row => row.Source == "both");
        // The windows' requests stand in for the flows they replace: the same requests, tokens and money (1%).
        Assert.Equal(fluid.Summary.Served, hybrid.Summary.Served, fluid.Summary.Served * 0.01);
        Assert.Equal(fluid.Summary.TokensOut, hybrid.Summary.TokensOut, fluid.Summary.TokensOut * 0.01);
        Assert.Equal(fluid.Summary.RevenueUsd, hybrid.Summary.RevenueUsd, fluid.Summary.RevenueUsd * 0.01);
        Assert.InRange(hybrid.Summary.Utilization - fluid.Summary.Utilization, -0.02, 0.02);
    }
}
