using NeoCloudSim.Compute;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class HeterogeneousFleetTests
{
    [Fact]
    public void Utilization_and_latency_are_reported_per_sku_and_add_up_to_the_site()
    {
        // One site with a replica of the test GPU and a replica of a SKU three times faster.
        var slow = Gpu();
        var fast = Gpu() with { Id = "fast-gpu", Serving = Gpu().Serving with { ThroughputMultiplier = 3 } };
        var scenario = Scenario(1, [Site("edge", "r1", 1, 2, powerMonths: 0)],
            [Order("edge", 8, onDay: -60), new GpuOrderSpec { Site = "edge", Sku = "fast-gpu", Gpus = 8, OrderedOn = Start.AddDays(-60) }]);
        var world = new NeocloudWorld(scenario, [slow, fast]);
        world.AddArrivals("r1", "chat", new ConstantPoisson(world.Simulation.Random("arrivals"), 3, 86_400));
        var results = world.Run();

        var bySku = results.Skus.GroupBy(r => r.Sku).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["fast-gpu", "test-gpu"], bySku.Keys.Order());
        Assert.Equal(results.Sites.Sum(s => s.GpuHoursBusy), results.Skus.Sum(r => r.GpuHoursBusy), 1e-6);
        Assert.Equal(results.Sites.Sum(s => s.GpuHoursUp), results.Skus.Sum(r => r.GpuHoursUp), 1e-6);
        Assert.Equal(results.Summary.Served, results.Skus.Sum(r => r.Served));
        Assert.True(bySku["fast-gpu"][0].TtftP50Ms < bySku["test-gpu"][0].TtftP50Ms, "the faster SKU gives faster first tokens");
        Assert.True(bySku["fast-gpu"][0].Served > 0 && bySku["test-gpu"][0].Served > 0);
    }
}
