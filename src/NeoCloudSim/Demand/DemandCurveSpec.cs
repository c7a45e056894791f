namespace NeoCloudSim.Demand;

/// <summary>
/// A demand curve: requests per second = base × growth(t) × daily shape(local hour) × weekly shape(local day)
/// × (price / reference price)^−elasticity × noise.
/// </summary>
public sealed record DemandCurveSpec
{
    /// <summary>Mean requests per second at the start, before shapes, price and noise.</summary>
    public double BaseRatePerSecond { get; init; } = 1;

    /// <summary>Growth over the years.</summary>
    public GrowthSpec Growth { get; init; } = new();

    /// <summary>24 multipliers for the local hours 0..23; rescaled to mean 1; empty = flat.</summary>
    public List<double> DailyShape { get; init; } = [];

    /// <summary>7 multipliers for Monday..Sunday in local time; rescaled to mean 1; empty = flat.</summary>
    public List<double> WeeklyShape { get; init; } = [];

    /// <summary>Price elasticity of demand (0 = none; 1 = revenue-neutral).</summary>
    public double Elasticity { get; init; }

    /// <summary>Price at which the elasticity factor is 1, in the class's price unit (USD per million output tokens,
    /// or USD per GPU-hour).</summary>
    public double ReferencePriceUsd { get; init; } = 1;

    /// <summary>Log-space standard deviation of the hourly multiplicative noise (mean 1); 0 = none.</summary>
    public double NoiseSigma { get; init; }
}
