using NeoCloudSim.Demand;
using NeoCloudSim.Routing;

namespace NeoCloudSim.Tests.Routing;

/// <summary>Hand-built candidate sites and classes for the routing-policy tests, with figures easy to check by hand.</summary>
internal static class SiteViewFixtures
{
    /// <summary>Sites are full at two waiting requests per slot in these tests.</summary>
    public const double MaxWaitingPerSlot = 2;

    /// <summary>An interactive class with a 1 s TTFT objective.</summary>
    public static readonly WorkloadClassSpec Chat = new() { Id = "chat", TtftSloMs = 1_000 };

    /// <summary>A batch class (its objective is a deadline in hours).</summary>
    public static readonly WorkloadClassSpec Batch = new() { Id = "batch", Kind = WorkloadKind.Batch, TtftSloMs = 1_000 };

    /// <summary>A candidate site; its capacity is slots / service time unless given (as the request driver computes it).</summary>
    public static SiteView View(
        double rttMs = 10,
        int slots = 64,
        double inSystem = 0,
        double waiting = 0,
        double serviceSeconds = 5,
        double priceUsdPerMwh = 80,
        double? capacityPerSecond = null) =>
        new(rttMs / 1000, slots, inSystem, waiting, serviceSeconds, priceUsdPerMwh, capacityPerSecond ?? slots / serviceSeconds);

    /// <summary>A site whose queue is exactly at the fullness limit.</summary>
    public static SiteView Full(double rttMs = 10, int slots = 64, double priceUsdPerMwh = 80) =>
        View(rttMs, slots, inSystem: slots + (MaxWaitingPerSlot * slots), waiting: MaxWaitingPerSlot * slots, priceUsdPerMwh: priceUsdPerMwh);
}
