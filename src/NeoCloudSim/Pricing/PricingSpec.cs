namespace NeoCloudSim.Pricing;

/// <summary>The pricing strategy: list prices per class, their schedule over time, SLA credits and spot resale.</summary>
public sealed record PricingSpec
{
    /// <summary>List prices by class id; classes not listed use <see cref="Default"/>.</summary>
    public Dictionary<string, ClassPricingSpec> Classes { get; init; } = [];

    /// <summary>List price of classes not in <see cref="Classes"/>.</summary>
    public ClassPricingSpec Default { get; init; } = new();

    /// <summary>Multipliers on every list price over time; before the first point the multiplier is 1.</summary>
    public List<PricePointSpec> Schedule { get; init; } = [];

    /// <summary>Share of a request's price refunded when it misses its SLO.</summary>
    public double SlaCreditShare { get; init; } = 0.1;

    /// <summary>Price at which idle GPU-hours are resold on the spot market, USD per GPU-hour.</summary>
    public double SpotUsdPerGpuHour { get; init; } = 1.0;

    /// <summary>Share of idle GPU-hours the spot market buys (0 = no resale).</summary>
    public double SpotFillShare { get; init; }

    /// <summary>The list price of class <paramref name="classId"/>.</summary>
    public ClassPricingSpec For(string classId) => Classes.TryGetValue(classId, out var spec) ? spec : Default;

    /// <summary>The SLA credit owed on <paramref name="revenueUsd"/> of requests of which the share
    /// <paramref name="missedShare"/> missed their SLO (1 for one request that missed it), in USD.</summary>
    public double SlaCreditUsd(double revenueUsd, double missedShare) => revenueUsd * missedShare * SlaCreditShare;
}
