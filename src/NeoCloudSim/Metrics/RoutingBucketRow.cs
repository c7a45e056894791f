namespace NeoCloudSim.Metrics;

/// <summary>One class from one region over one bucket: where its requests went.</summary>
public sealed record RoutingBucketRow
{
    /// <summary>Start of the bucket, UTC.</summary>
    public DateTime BucketStart { get; init; }

    /// <summary>Region id.</summary>
    public string Region { get; init; } = "";

    /// <summary>Class id.</summary>
    public string Class { get; init; } = "";

    /// <summary>Requests that arrived.</summary>
    public long Arrived { get; init; }

    /// <summary>Requests placed on our sites.</summary>
    public long Routed { get; init; }

    /// <summary>Requests sent to partners.</summary>
    public long Burst { get; init; }

    /// <summary>Requests turned away.</summary>
    public long Rejected { get; init; }

    /// <summary>What partners charged, USD.</summary>
    public double BurstCostUsd { get; init; }
}
