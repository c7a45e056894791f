namespace NeoCloudSim.Metrics;

/// <summary>
/// One point of a class's time-to-first-token distribution over the whole run (all sites): the TTFT below which a
/// share <see cref="Quantile"/> of its served requests fell. Read as a CDF against the class's SLO.
/// </summary>
public sealed record TtftQuantileRow
{
    /// <summary>Class id.</summary>
    public string Class { get; init; } = "";

    /// <summary>Share of served requests, in (0, 1).</summary>
    public double Quantile { get; init; }

    /// <summary>TTFT at that quantile, ms (1% relative accuracy).</summary>
    public double TtftMs { get; init; }
}
