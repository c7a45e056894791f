namespace NeoCloudSim.Routing;

/// <summary>Another cloud that takes overflow ("burst") at a price, within a capacity limit.</summary>
public sealed record PartnerCloudSpec
{
    /// <summary>Identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Round trip from each region to the partner, in ms; regions not listed use <see cref="DefaultRttMs"/>.</summary>
    public Dictionary<string, double> RttMs { get; init; } = [];

    /// <summary>Round trip for regions not in <see cref="RttMs"/>, in ms.</summary>
    public double DefaultRttMs { get; init; } = 60;

    /// <summary>Requests the partner serves for us at once, at most.</summary>
    public int MaxConcurrentRequests { get; init; } = 100;

    /// <summary>The partner's list price, USD per million tokens (input and output).</summary>
    public double PriceUsdPerMillionTokens { get; init; } = 1.5;

    /// <summary>The premium for capacity bought at short notice, as a share of the list price (0.5 = +50%).</summary>
    public double Markup { get; init; } = 0.5;

    /// <summary>The partner's own time to first token, excluding the round trip, in ms.</summary>
    public double TtftMs { get; init; } = 400;

    /// <summary>Output tokens per second the partner streams per request.</summary>
    public double OutputTokensPerSecond { get; init; } = 40;
}
