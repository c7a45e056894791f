namespace NeoCloudSim.Metrics;

/// <summary>
/// One class over one bucket, fleet-wide: the latency users of the class saw wherever they were served. The
/// percentiles come from the sites' sketches merged, not from averaging the sites' percentiles.
/// </summary>
public sealed record LatencyBucketRow
{
    /// <summary>Start of the bucket, UTC.</summary>
    public DateTime BucketStart { get; init; }

    /// <summary>Class id.</summary>
    public string Class { get; init; } = "";

    /// <summary>Where the latency figures come from: "requests" (requests simulated one by one), "fluid" (the
    /// queueing approximation), "both" (a hybrid bucket with a request-level window), or "" when nothing was served.</summary>
    public string Source { get; init; } = "";

    /// <summary>Requests served, all sites.</summary>
    public long Served { get; init; }

    /// <summary>Served requests within the class's SLO.</summary>
    public long SloMet { get; init; }

    /// <summary>Median time to first token, ms.</summary>
    public double TtftP50Ms { get; init; }

    /// <summary>95th percentile time to first token, ms.</summary>
    public double TtftP95Ms { get; init; }

    /// <summary>99th percentile time to first token, ms.</summary>
    public double TtftP99Ms { get; init; }

    /// <summary>Mean queueing delay, ms.</summary>
    public double QueueingDelayMeanMs { get; init; }

    /// <summary>99th percentile end-to-end latency, ms.</summary>
    public double E2eP99Ms { get; init; }
}
