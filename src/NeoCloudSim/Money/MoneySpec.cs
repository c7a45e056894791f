namespace NeoCloudSim.Money;

/// <summary>Financial assumptions: discounting.</summary>
public sealed record MoneySpec
{
    /// <summary>Annual discount rate for NPV, e.g. 0.10.</summary>
    public double DiscountRatePerYear { get; init; } = 0.10;
}
