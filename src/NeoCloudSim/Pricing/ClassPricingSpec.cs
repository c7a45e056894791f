namespace NeoCloudSim.Pricing;

/// <summary>The list price of one class of demand.</summary>
public sealed record ClassPricingSpec
{
    /// <summary>Per token or per GPU-hour.</summary>
    public PriceModel Model { get; init; } = PriceModel.PerToken;

    /// <summary>USD per million prompt tokens (per-token model).</summary>
    public double InputUsdPerMillionTokens { get; init; } = 0.3;

    /// <summary>USD per million output tokens (per-token model).</summary>
    public double OutputUsdPerMillionTokens { get; init; } = 0.9;

    /// <summary>USD per GPU-hour (GPU-hour model).</summary>
    public double UsdPerGpuHour { get; init; } = 2.5;
}
