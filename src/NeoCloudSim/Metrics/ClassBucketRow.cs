namespace NeoCloudSim.Metrics;

/// <summary>One class at one site over one bucket: requests, tokens, SLO and latency percentiles.</summary>
public sealed record ClassBucketRow
{
    /// <summary>Start of the bucket, UTC.</summary>
    public DateTime BucketStart { get; init; }

    /// <summary>Site id.</summary>
    public string Site { get; init; } = "";

    /// <summary>Class id.</summary>
    public string Class { get; init; } = "";

    /// <summary>Requests routed to the site.</summary>
    public long Arrived { get; init; }

    /// <summary>Requests served.</summary>
    public long Served { get; init; }

    /// <summary>Requests that abandoned.</summary>
    public long Abandoned { get; init; }

    /// <summary>Service restarts caused by failures.</summary>
    public long Restarted { get; init; }

    /// <summary>Prompt tokens served.</summary>
    public long TokensIn { get; init; }

    /// <summary>Output tokens served.</summary>
    public long TokensOut { get; init; }

    /// <summary>Served requests within their SLO.</summary>
    public long SloMet { get; init; }

    /// <summary>TTFT median, ms.</summary>
    public double TtftP50Ms { get; init; }

    /// <summary>TTFT 95th percentile, ms.</summary>
    public double TtftP95Ms { get; init; }

    /// <summary>TTFT 99th percentile, ms.</summary>
    public double TtftP99Ms { get; init; }

    /// <summary>Mean queueing delay, ms.</summary>
    public double QueueingDelayMeanMs { get; init; }

    /// <summary>Queueing delay 99th percentile, ms.</summary>
    public double QueueingDelayP99Ms { get; init; }

    /// <summary>End-to-end latency median, ms.</summary>
    public double E2eP50Ms { get; init; }

    /// <summary>End-to-end latency 99th percentile, ms.</summary>
    public double E2eP99Ms { get; init; }
}
