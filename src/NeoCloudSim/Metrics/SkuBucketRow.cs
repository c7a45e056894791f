namespace NeoCloudSim.Metrics;

/// <summary>One GPU SKU at one site over one bucket: how busy it was and the latency of what it served, so a
/// heterogeneous fleet can be judged generation by generation.</summary>
public sealed record SkuBucketRow
{
    /// <summary>Start of the bucket, UTC.</summary>
    public DateTime BucketStart { get; init; }

    /// <summary>Site id.</summary>
    public string Site { get; init; } = "";

    /// <summary>SKU id.</summary>
    public string Sku { get; init; } = "";

    /// <summary>Up GPU-hours.</summary>
    public double GpuHoursUp { get; init; }

    /// <summary>Busy GPU-hours.</summary>
    public double GpuHoursBusy { get; init; }

    /// <summary>Busy / up GPU-hours (0 when nothing is up).</summary>
    public double Utilization { get; init; }

    /// <summary>Requests whose last service was on this SKU.</summary>
    public long Served { get; init; }

    /// <summary>TTFT median of those requests, ms.</summary>
    public double TtftP50Ms { get; init; }

    /// <summary>TTFT 99th percentile of those requests, ms.</summary>
    public double TtftP99Ms { get; init; }
}
