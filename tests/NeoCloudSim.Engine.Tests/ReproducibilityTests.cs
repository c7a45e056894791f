using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Resources;

namespace NeoCloudSim.Engine.Tests;

public sealed class ReproducibilityTests
{
    private sealed class TraceRecorder : ISimulationTracer
    {
        public List<string> Lines { get; } = [];

        public void OnEvent(double time, int priority, long sequence, IEventHandler handler, long tag) =>
            Lines.Add($"{time:R} {priority} {sequence} {handler.GetType().Name} {tag}");
    }

    /// <summary>A small mixed model: processes, a priority resource, a store, interrupts and direct events.</summary>
    private static List<string> Trace(ulong seed)
    {
        var simulation = new Simulation(seed);
        var tracer = new TraceRecorder();
        simulation.Tracer = tracer;
        var arrivals = simulation.Random("arrivals");
        var service = simulation.Random("service");
        var replicas = new PreemptiveResource(simulation, 3, "replicas");
        var done = new Store<int>(simulation);

        IEnumerable<Event> Request(int id)
        {
            using var slot = replicas.Request(priority: id % 3, preempt: id % 7 == 0);
            yield return slot;
            yield return simulation.Timeout(service.NextExponential(1.0));
            if (simulation.ActiveProcess!.HandleInterrupt(out _))
            {
                yield break;
            }

            yield return done.Put(id);
        }

        IEnumerable<Event> Source()
        {
            for (int id = 0; id < 2_000; id++)
            {
                yield return simulation.Timeout(arrivals.NextExponential(2.5));
                simulation.Process(Request(id), $"request-{id}");
            }
        }

        simulation.Process(Source(), "source");
        simulation.Run();
        tracer.Lines.Add($"stored {done.Count}");
        return tracer.Lines;
    }

    [Fact]
    public void The_same_seed_gives_the_identical_event_trace()
    {
        var first = Trace(2024);
        var second = Trace(2024);
        Assert.True(first.Count > 8_000, $"trace too short to mean anything: {first.Count}");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_trace()
    {
        Assert.NotEqual(Trace(2024), Trace(2025));
    }
}
