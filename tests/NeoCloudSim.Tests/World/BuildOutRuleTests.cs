using NeoCloudSim.Demand;
using NeoCloudSim.Metrics;
using NeoCloudSim.Strategy;
using NeoCloudSim.Time;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class BuildOutRuleTests
{
    private static (NeocloudWorld World, RunResults Results) Run(double ratePerSecond, double threshold)
    {
        var scenario = Scenario(28, [Site("edge", "r1", shellMw: 1, feedMw: 2, powerMonths: 0)], [Order("edge", 8, onDay: -60)]) with
        {
            Rules = [new UtilizationOrderRuleSpec { Site = "edge", Sku = "test-gpu", Gpus = 16, Threshold = threshold, WindowDays = 7, CheckEveryDays = 7, MaxOrders = 2 }],
        };
        var world = new NeocloudWorld(scenario, [Gpu(leadTimeDays: 5)]);
        world.AddArrivals("r1", "chat", new ConstantPoisson(world.Simulation.Random("arrivals"), ratePerSecond, 28 * 86_400));
        return (world, world.Run());
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void A_busy_site_orders_more_gpus_and_they_arrive_after_the_lead_time()
    {
        var (world, results) = Run(ratePerSecond: 1, threshold: 0.5);
        var checks = world.RuleChecks[0];
        Assert.Equal(3, checks.Count); // days 7, 14, 21 (day 28 is the horizon)
        Assert.True(checks[0].Utilization > 0.5, $"utilization {checks[0].Utilization}");
        var orders = results.BuildOut.Where(e => e.Kind == BuildOutEventKind.GpusOrdered && e.TimeSeconds > 0).ToList();
        Assert.Equal(2, orders.Count); // capped by max_orders
        Assert.Equal(7 * 86_400, orders[0].TimeSeconds);
        var deliveries = results.BuildOut.Where(e => e.Kind == BuildOutEventKind.GpusDelivered && e.TimeSeconds > 0).ToList();
        Assert.Equal(12 * 86_400, deliveries[0].TimeSeconds); // 5 days later
        Assert.Equal(8 + 2 * 16, results.Sites[^1].GpusInstalled, 1e-9);
    }

    [Fact]
    public void The_rule_acts_on_exactly_the_utilization_of_its_window()
    {
        // The first check covers days 0-7: it must equal busy / up GPU-hours of the first seven daily rows.
        var (world, results) = Run(ratePerSecond: 0.2, threshold: 0.99);
        var week = results.Sites.Take(7).ToList();
        double expected = week.Sum(r => r.GpuHoursBusy) / week.Sum(r => r.GpuHoursUp);
        Assert.Equal(expected, world.RuleChecks[0][0].Utilization, 1e-9);
        // And the second covers days 7-14 only.
        var second = results.Sites.Skip(7).Take(7).ToList();
        Assert.Equal(second.Sum(r => r.GpuHoursBusy) / second.Sum(r => r.GpuHoursUp), world.RuleChecks[0][1].Utilization, 1e-9);
        Assert.DoesNotContain(results.BuildOut, e => e.Kind == BuildOutEventKind.GpusOrdered && e.TimeSeconds > 0);
    }
}

public sealed class SiteStartRuleTests
{
    [Fact]
    public void A_site_starts_at_the_first_check_where_projected_demand_outgrows_the_gpus_ordered()
    {
        // Demand 0.02 req/s growing 3x a year, projected 12 months ahead, 80 GPUs per req/s: GPUs needed at day d are
        // 0.02 × 3 × 80 × 3^(d / 365.25) = 4.8 × 3^(d / 365.25), above the 8 GPUs ordered from day 169.8 on; checks
        // every 30 days, so the rule fires at day 180. Requests have no site in reach (rejected): only the rule matters.
        var campus = Site("campus", "r1", shellMw: 1, feedMw: 2, powerMonths: 4, buildMonths: 6) with { StartedByRule = true };
        var scenario = Scenario(400, [Site("edge", "r1", 1, 2, powerMonths: 0), campus], [Order("edge", 8, onDay: -60)], latency: new() { ["r1"] = [] }) with
        {
            SiteStartRules = [new SiteStartRuleSpec { Site = "campus", Sku = "test-gpu", Gpus = 64, LookaheadMonths = 12, GpusPerRequestPerSecond = 80, CheckEveryDays = 30 }],
            Demand = [new DemandStreamSpec { Region = "r1", Class = "chat", Curve = new DemandCurveSpec { BaseRatePerSecond = 0.02, Growth = new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 3 } } }],
        };
        var world = new NeocloudWorld(scenario, [Gpu()]);
        var results = world.Run();

        var checks = world.SiteStartChecks[0];
        Assert.Equal(7, checks.Count); // days 0, 30, ..., 180
        Assert.All(checks.SkipLast(1), c => Assert.False(c.Started));
        Assert.True(checks[^1].Started);
        Assert.Equal(180 * 86_400, checks[^1].Time);
        Assert.Equal(4.8 * Math.Pow(3, 180 / 365.25), checks[^1].GpusNeeded, 1e-9);

        double day180 = 180 * 86_400;
        var campusEvents = results.BuildOut.Where(e => e.Site == "campus").ToList();
        Assert.Equal(day180 + Durations.FromMonths(6), campusEvents.Single(e => e.Kind == BuildOutEventKind.ShellBuilt).TimeSeconds, 1e-6);
        Assert.Equal(day180, campusEvents.Single(e => e.Kind == BuildOutEventKind.FeedRequested).TimeSeconds, 1e-6);
        Assert.Equal(day180 + Durations.FromMonths(4), campusEvents.Single(e => e.Kind == BuildOutEventKind.FeedEnergized).TimeSeconds, 1e-6);
        Assert.Equal(64, campusEvents.Single(e => e.Kind == BuildOutEventKind.GpusOrdered).Gpus);
    }
}
