namespace NeoCloudSim.Compute;

/// <summary>
/// A point of a SKU's scarcity curve: from this order date on, its price and lead time are multiplied by these
/// factors ("the quality tax": capacity secured late costs more and arrives later).
/// </summary>
public sealed record ScarcityPoint
{
    /// <summary>Orders placed from this date on (UTC) use the factors below, until the next point.</summary>
    public DateTime From { get; init; }

    /// <summary>Factor on <see cref="GpuSku.PriceUsdPerGpu"/>.</summary>
    public double PriceMultiplier { get; init; } = 1;

    /// <summary>Factor on <see cref="GpuSku.LeadTimeDays"/>.</summary>
    public double LeadTimeMultiplier { get; init; } = 1;
}
