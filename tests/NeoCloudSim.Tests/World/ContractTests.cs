using NeoCloudSim.Pricing;
using NeoCloudSim.Time;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class ContractTests
{
    private static RunResults Run(int siteGpus, int contractGpus, double ratePerSecond = 0)
    {
        // A contract for one month (30.4375 days) from day 0 at 2 USD per GPU-hour; horizon 40 days.
        var scenario = Scenario(40, [Site("campus", "r1", shellMw: 1, feedMw: 2, powerMonths: 0)], [Order("campus", siteGpus, onDay: -60)]) with
        {
            Contracts = [new ReservedContractSpec { Site = "campus", Gpus = contractGpus, Start = Start, TermMonths = 1, UsdPerGpuHour = 2 }],
        };
        var world = new NeocloudWorld(scenario, [Gpu()]);
        if (ratePerSecond > 0)
        {
            world.AddArrivals("r1", "chat", new ConstantPoisson(world.Simulation.Random("arrivals"), ratePerSecond, 40 * 86_400));
        }

        return world.Run();
    }

    [Fact]
    public void A_contract_the_site_can_honour_earns_its_gpu_hours_take_or_pay()
    {
        var results = Run(siteGpus: 16, contractGpus: 8);
        double termHours = Durations.SecondsPerMonth / 3_600;
        Assert.Equal(8 * 2 * termHours, results.Money.Sum(m => m.RevenueReservedUsd), 1e-6);
        Assert.Equal(8 * termHours, results.Sites.Sum(s => s.ReservedGpuHours), 1e-6);
        Assert.Equal(0, results.Sites.Sum(s => s.ReservedShortfallGpuHours), 1e-6);
        // Rented GPUs count as busy: 8 of 16 during the term, none after.
        Assert.Equal(0.5, results.Sites[0].Utilization, 1e-9);
        Assert.Equal(0, results.Sites[^1].Utilization, 1e-9);
    }

    [Fact]
    public void What_the_site_cannot_provide_is_shortfall_and_earns_nothing()
    {
        var results = Run(siteGpus: 16, contractGpus: 24);
        double termHours = Durations.SecondsPerMonth / 3_600;
        Assert.Equal(16 * termHours, results.Sites.Sum(s => s.ReservedGpuHours), 1e-6);
        Assert.Equal(8 * termHours, results.Sites.Sum(s => s.ReservedShortfallGpuHours), 1e-6);
        Assert.Equal(16 * 2 * termHours, results.Money.Sum(m => m.RevenueReservedUsd), 1e-6);
    }

    [Fact]
    public void Reserved_replicas_serve_no_on_demand_requests_until_the_term_ends()
    {
        // One replica, all of it reserved for a month: on-demand requests wait (and overflow) until it comes back.
        var results = Run(siteGpus: 8, contractGpus: 8, ratePerSecond: 0.5);
        var served = results.Classes.Select(c => (c.BucketStart, c.Served)).ToList();
        Assert.All(served.Take(30), day => Assert.Equal(0, day.Served));
        Assert.True(served.Skip(31).All(day => day.Served > 30_000), "after the term the replica serves again");
    }
}
