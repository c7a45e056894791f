namespace NeoCloudSim.Strategy;

/// <summary>
/// A build-out rule: every <see cref="CheckEveryDays"/>, if a site's GPU utilization over the last
/// <see cref="WindowDays"/> passed <see cref="Threshold"/>, order <see cref="Gpus"/> more GPUs of <see cref="Sku"/>
/// for it (at most <see cref="MaxOrders"/> times). The order arrives after the SKU's lead time, so a rule that reacts
/// late meets the demand late: the "quality tax" of capacity secured at short notice.
/// </summary>
public sealed record UtilizationOrderRuleSpec
{
    /// <summary>The site watched and supplied.</summary>
    public required string Site { get; init; }

    /// <summary>The SKU ordered.</summary>
    public required string Sku { get; init; }

    /// <summary>GPUs per order.</summary>
    public int Gpus { get; init; } = 8;

    /// <summary>Utilization (busy / up GPU-seconds over the window) above which an order is placed.</summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>Length of the window the utilization is measured over, in days.</summary>
    public double WindowDays { get; init; } = 30;

    /// <summary>Days between checks.</summary>
    public double CheckEveryDays { get; init; } = 7;

    /// <summary>Most orders the rule places.</summary>
    public int MaxOrders { get; init; } = 10;
}
