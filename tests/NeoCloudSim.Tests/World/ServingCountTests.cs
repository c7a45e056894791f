using NeoCloudSim.Engine;
using NeoCloudSim.Pricing;
using NeoCloudSim.Sites;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

/// <summary>
/// The replicas a site counts as serving on-demand traffic (kept up to date as replicas fail, are repaired, are
/// installed or go to contracts, rather than counted each time) against its free batch slots, which the same events
/// move by their own bookkeeping: every hour of a month of failures and a contract, the two must agree.
/// </summary>
public sealed class ServingCountTests
{
    [Fact]
    public void Serving_replicas_agree_with_the_slots_through_failures_repairs_and_contracts()
    {
        // 20 replicas of 8 GPUs, MTBF 300 h per GPU (a failure every 2 hours or so), 6-hour repairs; a contract for 64
        // GPUs over the first month; fluid traffic near the fleet's capacity; seed as in TestWorlds.
        var scenario = Scenario(40, [Site("campus", "r1", shellMw: 1, feedMw: 2, powerMonths: 0)], [Order("campus", 160, onDay: -60)]) with
        {
            Catalog = [Gpu(mtbfHours: 300, repairHours: 6)],
            Contracts = [new ReservedContractSpec { Site = "campus", Gpus = 64, Start = Start, TermMonths = 1, UsdPerGpuHour = 2 }],
            Demand = [new() { Region = "r1", Class = "chat", Curve = new() { BaseRatePerSecond = 4 } }],
            Fidelity = Fidelity.Fluid,
        };
        var world = new NeocloudWorld(scenario, [Gpu(mtbfHours: 300, repairHours: 6)]);
        var watch = new HourlyWatch(world.Simulation, world.Sites[0]);
        var results = world.Run();

        Assert.InRange(results.BuildOut.Count(e => e.Kind == Metrics.BuildOutEventKind.ReplicaFailed), 200, 800);
        Assert.Equal(40 * 24, watch.Checks);
        Assert.Empty(watch.Disagreements);
        Assert.Contains(watch.ServingSeen, n => n < 12); // contract and failures both took replicas
        Assert.Contains(watch.ServingSeen, n => n >= 19); // and after the term nearly all serve
    }

    private sealed class HourlyWatch : IEventHandler
    {
        private readonly Simulation _simulation;
        private readonly Site _site;

        public HourlyWatch(Simulation simulation, Site site)
        {
            _simulation = simulation;
            _site = site;
            simulation.ScheduleAt(1_800, this, 0);
        }

        public int Checks { get; private set; }

        public List<string> Disagreements { get; } = [];

        public HashSet<int> ServingSeen { get; } = [];

        public void Handle(long tag)
        {
            var serving = _site.FlowLoad.ServingReplicas();
            int slots = 0;
            for (int c = 0; c < serving.Length; c++)
            {
                slots += serving[c] * _site.Clusters[c].Sku.Serving.BatchLimit;
            }

            Checks++;
            ServingSeen.Add(serving.Sum());
            if (slots != _site.Slots)
            {
                Disagreements.Add($"t={_simulation.Now}: {serving.Sum()} serving replicas give {slots} slots, the site has {_site.Slots}");
            }

            _simulation.ScheduleAt(_simulation.Now + 3_600, this, 0);
        }
    }
}
