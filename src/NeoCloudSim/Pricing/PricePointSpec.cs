namespace NeoCloudSim.Pricing;

/// <summary>From a date on, every price is multiplied by a factor (a price cut, an increase).</summary>
public sealed record PricePointSpec
{
    /// <summary>When the multiplier takes effect, UTC.</summary>
    public DateTime From { get; init; }

    /// <summary>Factor applied to the list prices.</summary>
    public double Multiplier { get; init; } = 1;
}
