using NeoCloudSim.Compute;
using NeoCloudSim.Metrics;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class QualityTaxAndSoftwareTests
{
    [Fact]
    public void An_order_placed_in_a_scarce_period_costs_more_and_arrives_later()
    {
        // From day 10 on, the SKU costs 1.5x and takes 2x its 30-day lead time. An order on day 0 and one on day 20.
        var gpu = Gpu() with { Scarcity = [new ScarcityPoint { From = Start.AddDays(10), PriceMultiplier = 1.5, LeadTimeMultiplier = 2 }] };
        var scenario = Scenario(100, [Site("campus", "r1", 1, 2, powerMonths: 0)], [Order("campus", 8, onDay: 0), Order("campus", 8, onDay: 20)]);
        var results = new NeocloudWorld(scenario, [gpu]).Run();

        var deliveries = results.BuildOut.Where(e => e.Kind == BuildOutEventKind.GpusDelivered).Select(e => e.TimeSeconds / 86_400).ToList();
        Assert.Equal([30.0, 80.0], deliveries);
        Assert.Equal(8 * 10_000 + 8 * 15_000, results.Money.Sum(m => m.CapexUsd) - 1 * 10_000_000, 1e-6);
        // Depreciation: 80,000 USD from day 30 and 120,000 USD from day 80, over 5 years, to day 100.
        double expected = (80_000 * 70 + 120_000 * 20) / (5 * 365.25);
        Assert.Equal(expected, results.Money.Sum(m => m.GpuDepreciationUsd), 1e-6);
    }

    [Fact]
    public void Serving_software_speeds_replicas_up_and_is_billed_per_up_gpu_hour()
    {
        static RunResults Run(double multiplier, double license)
        {
            var gpu = Gpu() with { Serving = Gpu().Serving with { ThroughputMultiplier = multiplier, SoftwareUsdPerGpuHour = license } };
            var scenario = Scenario(2, [Site("edge", "r1", 1, 2, powerMonths: 0)], [Order("edge", 8, onDay: -60)]);
            var world = new NeocloudWorld(scenario, [gpu]);
            world.AddArrivals("r1", "chat", new ConstantPoisson(world.Simulation.Random("arrivals"), 2, 2 * 86_400));
            return world.Run();
        }

        var plain = Run(1, 0);
        var optimized = Run(2, 0.4);
        double plainE2e = plain.ServiceTotals.Single().Tally.EndToEndSeconds.Mean;
        double fastE2e = optimized.ServiceTotals.Single().Tally.EndToEndSeconds.Mean;
        Assert.True(fastE2e < 0.6 * plainE2e, $"E2E {plainE2e:F2} s → {fastE2e:F2} s");
        Assert.Equal(0, plain.Money.Sum(m => m.SoftwareUsd));
        Assert.Equal(8 * 48 * 0.4, optimized.Money.Sum(m => m.SoftwareUsd), 1e-6); // 8 GPUs up for 48 h
    }
}
