namespace NeoCloudSim.Metrics;

/// <summary>What routing did with the requests of one class from one region: placed, burst, rejected.</summary>
public sealed class RoutingTally
{
    /// <summary>Requests that arrived from the region.</summary>
    public long Arrived { get; internal set; }

    /// <summary>Requests sent to one of our sites.</summary>
    public long Routed { get; internal set; }

    /// <summary>Requests sent to a partner cloud.</summary>
    public long Burst { get; internal set; }

    /// <summary>Requests turned away.</summary>
    public long Rejected { get; internal set; }

    /// <summary>Prompt tokens of burst requests.</summary>
    public long BurstTokensIn { get; internal set; }

    /// <summary>Output tokens of burst requests.</summary>
    public long BurstTokensOut { get; internal set; }

    /// <summary>What partners charged for burst requests, in USD.</summary>
    public double BurstCostUsd { get; internal set; }

    /// <summary>Counts a request sent to a partner, with its tokens and what the partner charged.</summary>
    internal void AddBurst(int promptTokens, int outputTokens, double costUsd)
    {
        Burst++;
        BurstTokensIn += promptTokens;
        BurstTokensOut += outputTokens;
        BurstCostUsd += costUsd;
    }

    /// <summary>Adds the counts of <paramref name="other"/>.</summary>
    public void Merge(RoutingTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Arrived += other.Arrived;
        Routed += other.Routed;
        Burst += other.Burst;
        Rejected += other.Rejected;
        BurstTokensIn += other.BurstTokensIn;
        BurstTokensOut += other.BurstTokensOut;
        BurstCostUsd += other.BurstCostUsd;
    }
}
