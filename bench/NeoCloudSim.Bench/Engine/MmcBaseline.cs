using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Bench.Engine;

/// <summary>
/// The practical limit: an M/M/c queue as a bare <see cref="PriorityQueue{TElement, TPriority}"/> loop of arrival and
/// departure events with a FIFO of waiting customers' arrival times. No engine, no tie-breaking, no abstraction.
/// </summary>
internal static class MmcBaseline
{
    private const int Arrival = 0;
    private const int Departure = 1;

    public static MmcOutcome Run(MmcParameters p, ulong seed)
    {
        var arrivals = RandomStream.Derive(seed, "arrivals");
        var services = RandomStream.Derive(seed, "services");
        var calendar = new PriorityQueue<int, double>();
        var waiting = new Queue<double>();
        int busy = 0;
        long customers = 0, started = 0, events = 0;
        double waitSum = 0;
        var steady = new SteadyStateAllocation(p.Horizon / 2);

        calendar.Enqueue(Arrival, arrivals.NextExponential(p.ArrivalRate));
        while (calendar.TryDequeue(out int kind, out double now) && now < p.Horizon)
        {
            events++;
            steady.Observe(now, events);
            if (kind == Arrival)
            {
                customers++;
                calendar.Enqueue(Arrival, now + arrivals.NextExponential(p.ArrivalRate));
                if (busy < p.Servers)
                {
                    busy++;
                    started++;
                    calendar.Enqueue(Departure, now + services.NextExponential(p.ServiceRate));
                }
                else
                {
                    waiting.Enqueue(now);
                }
            }
            else if (waiting.TryDequeue(out double arrivedAt))
            {
                started++;
                waitSum += now - arrivedAt;
                calendar.Enqueue(Departure, now + services.NextExponential(p.ServiceRate));
            }
            else
            {
                busy--;
            }
        }

        return new MmcOutcome(customers, events, waitSum / started, steady.BytesPerEvent(events));
    }
}
