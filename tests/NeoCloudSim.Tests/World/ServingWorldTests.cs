using NeoCloudSim.Routing;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class ServingWorldTests
{
    /// <summary>Two sites powered from the start; one region 5 ms from "near" and 40 ms from "far".</summary>
    private static NeocloudWorld TwoSites(double ratePerSecond, RoutingSpec routing, int nearGpus = 16, int farGpus = 16, double horizonDays = 2, double patienceSeconds = 0)
    {
        var scenario = Scenario(
            horizonDays,
            [Site("near", "r1", 1, 2, powerMonths: 0), Site("far", "r1", 1, 2, powerMonths: 0)],
            [Order("near", nearGpus, onDay: -60), Order("far", farGpus, onDay: -60)],
            latency: new() { ["r1"] = new() { ["near"] = 5, ["far"] = 40 } }) with
        {
            Routing = routing,
            Classes = [new NeoCloudSim.Demand.WorkloadClassSpec { Id = "chat", TtftSloMs = 1_000, PatienceSeconds = patienceSeconds }],
            Partners = [new PartnerCloudSpec { Id = "partner", DefaultRttMs = 50, MaxConcurrentRequests = 1_000, PriceUsdPerMillionTokens = 2, Markup = 0.5 }],
        };
        var world = new NeocloudWorld(scenario, [Gpu()]);
        world.AddArrivals("r1", "chat", new ConstantPoisson(world.Simulation.Random("arrivals"), ratePerSecond, horizonDays * 86_400));
        return world;
    }

    [Fact]
    public void Nearest_routing_sends_light_load_to_the_nearest_site_only()
    {
        var results = TwoSites(ratePerSecond: 1, new RoutingSpec { Policy = RoutingPolicyKind.Nearest }).Run();
        var near = results.ServiceTotals.Single(t => t.Site == "near").Tally;
        var far = results.ServiceTotals.Single(t => t.Site == "far").Tally;
        Assert.True(near.Served > 100_000);
        Assert.Equal(0, far.Arrived);
        Assert.All(results.ServiceTotals.Where(t => t.Site == "near"), t => Assert.True(t.Tally.TtftSeconds.Min >= 0.005));
    }

    [Fact]
    public void Latency_aware_routing_spills_to_the_far_site_when_the_near_one_is_full()
    {
        // Two replicas near: about 2 × 64 / (0.03 + 0.3 ms × 64) × ... far below 60 requests/s of 200 tokens each,
        // so the near site fills and the rest spills to the far one.
        var results = TwoSites(ratePerSecond: 60, new RoutingSpec { Policy = RoutingPolicyKind.LatencyAware, MaxWaitingPerSlot = 0.5 }, horizonDays: 0.2).Run();
        var near = results.ServiceTotals.Single(t => t.Site == "near").Tally;
        var far = results.ServiceTotals.Single(t => t.Site == "far").Tally;
        Assert.True(near.Arrived > 0 && far.Arrived > 0, $"near {near.Arrived}, far {far.Arrived}");
        Assert.True(near.Arrived > far.Arrived, "the near site is preferred");
    }

    [Fact]
    public void Nearest_routing_overflows_to_the_partner_when_the_near_site_is_full_and_bills_the_markup()
    {
        var results = TwoSites(ratePerSecond: 60, new RoutingSpec { Policy = RoutingPolicyKind.Nearest, MaxWaitingPerSlot = 0.5, Overflow = OverflowKind.Burst }, horizonDays: 0.2).Run();
        var routing = results.RoutingTotals.Single().Tally;
        Assert.True(routing.Burst > 0);
        Assert.Equal(0, results.ServiceTotals.Single(t => t.Site == "far").Tally.Arrived);
        // Every burst request has 1,000 + 200 tokens at 2 USD per million plus 50%: 0.0036 USD each.
        double expected = routing.Burst * 1_200 / 1e6 * 2 * 1.5;
        Assert.Equal(expected, routing.BurstCostUsd, 1e-9 * expected);
        Assert.Equal(routing.BurstCostUsd, results.Money.Sum(m => m.BurstUsd), 1e-9 * expected);
    }

    [Fact]
    public void Every_request_is_accounted_for_per_site_and_class()
    {
        var world = TwoSites(ratePerSecond: 60, new RoutingSpec { Policy = RoutingPolicyKind.Nearest, MaxWaitingPerSlot = 2 }, horizonDays: 0.1, patienceSeconds: 20);
        var results = world.Run();
        var routing = results.RoutingTotals.Single().Tally;
        long served = results.ServiceTotals.Sum(t => t.Tally.Served);
        long abandoned = results.ServiceTotals.Sum(t => t.Tally.Abandoned);
        Assert.True(abandoned > 0 && routing.Rejected > 0, "the case must exercise abandonment and rejection");
        Assert.Equal(routing.Arrived, served + abandoned + routing.Rejected + routing.Burst + results.Summary.InFlightAtEnd);
        foreach (var site in world.Sites)
        {
            var tally = site.RunTallies[0];
            Assert.Equal(tally.Arrived, tally.Served + tally.Abandoned + site.InSystem);
        }
    }

    [Fact]
    public void Littles_law_holds_on_the_site_queues()
    {
        // L = λW at the near site: time-average requests at the site against arrival rate × mean time at the site
        // (E2E minus the round trip). Light enough that the run ends nearly empty; tolerance 2%.
        var world = TwoSites(ratePerSecond: 20, new RoutingSpec { Policy = RoutingPolicyKind.Nearest, MaxWaitingPerSlot = 100 }, horizonDays: 0.5);
        var results = world.Run();
        var rows = results.Sites.Where(s => s.Site == "near").ToList();
        double seconds = rows.Sum(r => r.BucketHours) * 3_600;
        double meanInSystem = rows.Sum(r => r.InSystemMean * r.BucketHours * 3_600) / seconds;
        var tally = results.ServiceTotals.Single(t => t.Site == "near").Tally;
        double lambda = tally.Arrived / seconds;
        double meanTimeAtSite = tally.EndToEndSeconds.Mean - 0.005;
        Assert.InRange(meanInSystem / (lambda * meanTimeAtSite), 0.98, 1.02);
    }

    [Fact]
    public void The_same_seed_gives_the_same_results()
    {
        var a = TwoSites(ratePerSecond: 30, new RoutingSpec(), horizonDays: 0.05).Run();
        var b = TwoSites(ratePerSecond: 30, new RoutingSpec(), horizonDays: 0.05).Run();
        Assert.Equal(a.Summary, b.Summary);
        Assert.Equal(a.Classes, b.Classes);
    }
}
