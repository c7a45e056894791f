using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Bench.Engine;

/// <summary>The practical limit for timeouts: independent exponential streams in a bare priority queue.</summary>
internal static class TimeoutsBaseline
{
    public static (long Timeouts, double AllocBytesPerEvent) Run(int streams, double horizon, ulong seed)
    {
        var random = RandomStream.Derive(seed, "timeouts");
        var calendar = new PriorityQueue<int, double>(streams);
        for (int i = 0; i < streams; i++)
        {
            calendar.Enqueue(i, random.NextExponential(1.0));
        }

        long timeouts = 0;
        var steady = new SteadyStateAllocation(horizon / 2);
        while (calendar.TryDequeue(out int stream, out double now) && now < horizon)
        {
            timeouts++;
            steady.Observe(now, timeouts);
            calendar.Enqueue(stream, now + random.NextExponential(1.0));
        }

        return (timeouts, steady.BytesPerEvent(timeouts));
    }
}
