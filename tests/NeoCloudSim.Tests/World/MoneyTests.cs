using NeoCloudSim.Pricing;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class MoneyTests
{
    [Fact]
    public void Depreciation_energy_and_capex_match_a_hand_computed_case()
    {
        // One site: 2 MW shell (10 M USD/MW, 20 years) built at once, 2 MW grid at 80 USD/MWh from the start, PUE 1.25;
        // 800 GPUs (10,000 USD, 5 years, 1 kW, idle at 25%) delivered at the start; no demand, 10 days.
        var scenario = Scenario(10, [Site("campus", "r1", shellMw: 2, feedMw: 2, powerMonths: 0)], [Order("campus", 800, onDay: -30)]);
        var results = new NeocloudWorld(scenario, [Gpu()]).Run();

        Assert.Equal(10, results.Money.Count);
        double gpuPerDay = 800 * 10_000 / (5 * 365.25);
        double shellPerDay = 2 * 10_000_000 / (20 * 365.25);
        double energyPerDay = 800 * 1.0 * 0.25 / 1000 * 1.25 * 24 * 80; // idle IT MW × PUE × hours × price
        foreach (var day in results.Money)
        {
            Assert.Equal(gpuPerDay, day.GpuDepreciationUsd, 1e-9 * gpuPerDay);
            Assert.Equal(shellPerDay, day.FacilityDepreciationUsd, 1e-9 * shellPerDay);
            Assert.Equal(energyPerDay, day.EnergyUsd, 1e-9 * energyPerDay);
            Assert.Equal(gpuPerDay + shellPerDay + energyPerDay, day.CostUsd, 1e-9 * day.CostUsd);
            Assert.Equal(-day.CostUsd, day.MarginUsd, 1e-9 * day.CostUsd);
        }

        Assert.Equal(800 * 10_000 + 2 * 10_000_000, results.Money[0].CapexUsd, 1e-6);
        Assert.All(results.Money.Skip(1), day => Assert.Equal(0, day.CapexUsd));
        Assert.Equal(6, results.Sites[0].EnergyMwh, 1e-9);
    }

    [Fact]
    public void Requests_missing_their_slo_earn_sla_credits_on_their_price()
    {
        // A 1 ms TTFT objective that a 5 ms round trip can never meet: every request earns a 10% credit.
        var scenario = Scenario(0.05, [Site("edge", "r1", 1, 2, powerMonths: 0)], [Order("edge", 16, onDay: -60)]) with
        {
            Classes = [new NeoCloudSim.Demand.WorkloadClassSpec { Id = "voice", TtftSloMs = 1 }],
            Pricing = new PricingSpec
            {
                Default = new ClassPricingSpec { InputUsdPerMillionTokens = 0.5, OutputUsdPerMillionTokens = 1.5 },
                SlaCreditShare = 0.1,
            },
        };
        var world = new NeocloudWorld(scenario, [Gpu()]);
        world.AddArrivals("r1", "voice", new ConstantPoisson(world.Simulation.Random("arrivals"), 5, 0.05 * 86_400));
        var results = world.Run();

        long served = results.Summary.Served;
        double revenuePerRequest = (1_000 * 0.5 + 200 * 1.5) / 1e6;
        double revenue = results.Money.Sum(m => m.RevenuePerTokenUsd);
        Assert.True(served > 10_000);
        Assert.Equal(served * revenuePerRequest, revenue, 1e-9 * revenue);
        Assert.Equal(0.1 * revenue, results.Money.Sum(m => m.SlaCreditsUsd), 1e-9 * revenue);
        Assert.Equal(0, results.Summary.SloAttainment);
    }
}
