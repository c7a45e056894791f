using NeoCloudSim.Engine;

namespace NeoCloudSim.Bench.Engine;

/// <summary>
/// Bytes allocated per event over the second half of a run, when queues, calendars and JIT are warm: the figure the
/// "no allocation per event in steady state" target is about.
/// </summary>
internal struct SteadyStateAllocation(double from)
{
    private long _startBytes = -1;
    private long _startEvents;

    /// <summary>Runs <paramref name="simulation"/> to <paramref name="horizon"/> and measures its second half.</summary>
    public static double RunMeasured(Simulation simulation, double horizon)
    {
        simulation.Run(horizon / 2);
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        long events = simulation.EventsProcessed;
        simulation.Run(horizon);
        long firedEvents = simulation.EventsProcessed - events;
        return firedEvents == 0 ? 0 : (double)(GC.GetAllocatedBytesForCurrentThread() - bytes) / firedEvents;
    }

    /// <summary>For hand-written loops: call at every event with the time and the events so far.</summary>
    public void Observe(double now, long events)
    {
        if (_startBytes < 0 && now >= from)
        {
            _startBytes = GC.GetAllocatedBytesForCurrentThread();
            _startEvents = events;
        }
    }

    public readonly double BytesPerEvent(long events) =>
        _startBytes < 0 || events == _startEvents ? 0 : (double)(GC.GetAllocatedBytesForCurrentThread() - _startBytes) / (events - _startEvents);
}
