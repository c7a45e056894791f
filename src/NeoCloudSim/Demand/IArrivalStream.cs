namespace NeoCloudSim.Demand;

/// <summary>A source of arrivals in time order: a Poisson process from a demand curve, or a replayed trace.</summary>
public interface IArrivalStream
{
    /// <summary>The next arrival, in time order; false when the stream is exhausted or past its horizon.</summary>
    bool TryNext(out Arrival arrival);
}
