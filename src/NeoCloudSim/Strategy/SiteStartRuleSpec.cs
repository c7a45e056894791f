namespace NeoCloudSim.Strategy;

/// <summary>
/// A build-out rule that starts a site: every <see cref="CheckEveryDays"/>, demand is projected
/// <see cref="LookaheadMonths"/> ahead (growth and price effect, without daily shape or noise); if the GPUs it needs
/// (<see cref="GpusPerRequestPerSecond"/> per request per second) exceed the GPUs ordered for the whole fleet, the
/// site is started: its shell construction begins, its feeds are requested, and <see cref="Gpus"/> GPUs of
/// <see cref="Sku"/> are ordered for it. It fires once. The site must be marked <c>started_by_rule</c>.
/// </summary>
public sealed record SiteStartRuleSpec
{
    /// <summary>The site to start.</summary>
    public required string Site { get; init; }

    /// <summary>The SKU ordered when the site starts.</summary>
    public required string Sku { get; init; }

    /// <summary>GPUs ordered when the site starts.</summary>
    public int Gpus { get; init; }

    /// <summary>How far ahead demand is projected, in months (e.g. the site's build time plus its time to power).</summary>
    public double LookaheadMonths { get; init; } = 18;

    /// <summary>GPUs needed per request per second of mean demand (a planner's sizing figure).</summary>
    public double GpusPerRequestPerSecond { get; init; } = 8;

    /// <summary>Days between checks.</summary>
    public double CheckEveryDays { get; init; } = 30;
}
