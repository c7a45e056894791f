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

    /// <summary>
    /// What a request of this class pays for its tokens at list price, in USD: prompt and output tokens at their prices
    /// per million under the per-token model, nothing under the GPU-hour model (those classes pay for GPU time, shared
    /// out when a bucket closes). Callers apply the price schedule's multiplier of the moment.
    /// </summary>
    /// <param name="promptTokens">Prompt tokens (a mean, for a flow of requests).</param>
    /// <param name="outputTokens">Output tokens (likewise).</param>
    public double ListTokenRevenueUsd(double promptTokens, double outputTokens) => Model != PriceModel.PerToken
        ? 0
        : ((promptTokens * InputUsdPerMillionTokens) + (outputTokens * OutputUsdPerMillionTokens)) / 1e6;
}
