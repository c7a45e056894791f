using NeoCloudSim.Engine;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

/// <summary>
/// A trace of a whole run names each event of the model: replica plans, failures and repairs, build-out actions and
/// arrivals are told apart in words, not numbers, and tracing does not change the run.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class EventNamingTests
{
    [Fact]
    public void A_trace_names_replica_site_and_plan_events_and_leaves_results_unchanged()
    {
        // Two days, 4 replicas of 8 GPUs, MTBF 50 h per GPU (a failure every ~1.5 h on the site), 1 req/s of chat.
        Scenario Make() => Scenario(2, [Site("campus", "r1", shellMw: 1, feedMw: 2, powerMonths: 0)], [Order("campus", 32, onDay: -60)]) with
        {
            Catalog = [Gpu(mtbfHours: 50, repairHours: 2)],
            Demand = [new() { Region = "r1", Class = "chat", Curve = new() { BaseRatePerSecond = 1 } }],
        };

        var untraced = new NeocloudWorld(Make(), [Gpu(mtbfHours: 50, repairHours: 2)]).Run();
        var traced = new NeocloudWorld(Make(), [Gpu(mtbfHours: 50, repairHours: 2)]);
        var text = new StringWriter();
        traced.Simulation.Tracer = new TextEventTracer(text);
        var results = traced.Run();

        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(untraced.Summary.Events, results.Summary.Events);
        Assert.Equal(untraced.Summary.Served, results.Summary.Served);
        Assert.Equal(results.Summary.Events, lines.Length);
        Assert.Contains(lines, l => l.Contains("Replica[", StringComparison.Ordinal) && l.Contains("StepBoundary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Replica[", StringComparison.Ordinal) && l.Contains("PrefillDone", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Site campus replica", StringComparison.Ordinal) && l.Contains("Failure", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Site campus replica", StringComparison.Ordinal) && l.Contains("RepairDone", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("BuildOutPlan action", StringComparison.Ordinal));
    }
}
