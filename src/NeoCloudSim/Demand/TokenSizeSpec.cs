namespace NeoCloudSim.Demand;

/// <summary>A token count distribution: log-normal through a median and a 99th percentile, clamped to [min, max].</summary>
public sealed record TokenSizeSpec
{
    /// <summary>Median token count.</summary>
    public double Median { get; init; } = 1_000;

    /// <summary>99th percentile token count (equal to the median for a fixed size).</summary>
    public double P99 { get; init; } = 4_000;

    /// <summary>Smallest count drawn.</summary>
    public int Min { get; init; } = 1;

    /// <summary>Largest count drawn.</summary>
    public int Max { get; init; } = 32_768;

    /// <summary>σ of the log-normal: ln(p99 / median) / z(0.99).</summary>
    public double Sigma => Math.Log(P99 / Median) / 2.3263478740408408;
}
