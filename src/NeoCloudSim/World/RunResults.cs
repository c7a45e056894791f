using NeoCloudSim.Metrics;
using NeoCloudSim.Money;

namespace NeoCloudSim.World;

/// <summary>Everything a run produced: the summary, the time series, the build-out events and sampled requests.</summary>
public sealed record RunResults
{
    /// <summary>Key figures.</summary>
    public required RunSummary Summary { get; init; }

    /// <summary>Per bucket and site.</summary>
    public required IReadOnlyList<SiteBucketRow> Sites { get; init; }

    /// <summary>Per bucket, site and class.</summary>
    public required IReadOnlyList<ClassBucketRow> Classes { get; init; }

    /// <summary>Per bucket, region and class.</summary>
    public required IReadOnlyList<RoutingBucketRow> Routing { get; init; }

    /// <summary>Per bucket.</summary>
    public required IReadOnlyList<MoneyBucketRow> Money { get; init; }

    /// <summary>Per bucket, site and GPU SKU.</summary>
    public required IReadOnlyList<SkuBucketRow> Skus { get; init; }

    /// <summary>Per bucket and class, fleet-wide latency.</summary>
    public required IReadOnlyList<LatencyBucketRow> Latency { get; init; }

    /// <summary>Per class, the TTFT distribution over the whole run (quantile points).</summary>
    public required IReadOnlyList<TtftQuantileRow> TtftDistribution { get; init; }

    /// <summary>State changes of the slow world, in time order.</summary>
    public required IReadOnlyList<BuildOutEvent> BuildOut { get; init; }

    /// <summary>Sampled served requests.</summary>
    public required IReadOnlyList<RequestRecord> Requests { get; init; }

    /// <summary>Per site and class, over the whole run.</summary>
    public required IReadOnlyList<(string Site, string Class, ServiceTally Tally)> ServiceTotals { get; init; }

    /// <summary>Per region and class, over the whole run.</summary>
    public required IReadOnlyList<(string Region, string Class, RoutingTally Tally)> RoutingTotals { get; init; }
}
