using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Bench.Engine;

/// <summary>Processes that do nothing but wait for exponential timeouts, as many as asked.</summary>
internal static class TimeoutsProcess
{
    public static (long Timeouts, long Events, double AllocBytesPerEvent) Run(int processes, double horizon, ulong seed)
    {
        var simulation = new Simulation(seed);
        var random = simulation.Random("timeouts");
        long timeouts = 0;
        for (int i = 0; i < processes; i++)
        {
            simulation.Process(Waiter(simulation, random, () => timeouts++));
        }

        double allocPerEvent = SteadyStateAllocation.RunMeasured(simulation, horizon);
        return (timeouts, simulation.EventsProcessed, allocPerEvent);
    }

    private static IEnumerable<Event> Waiter(Simulation simulation, RandomStream random, Action counted)
    {
        while (true)
        {
            yield return simulation.Timeout(random.NextExponential(1.0));
            counted();
        }
    }
}
