using NeoCloudSim.Routing;
using static NeoCloudSim.Tests.Routing.SiteViewFixtures;

namespace NeoCloudSim.Tests.Routing;

/// <summary><see cref="LatencyAwareRouting"/>: the nearest site whose estimated TTFT (round trip + expected wait) meets
/// the class's SLO; failing that the best estimate with room.</summary>
public sealed class LatencyAwarePolicyTests
{
    private static readonly LatencyAwareRouting Policy = new(MaxWaitingPerSlot);

    /// <summary>A site with 4 slots and a 1 s service time holding <paramref name="inSystem"/> requests: its expected
    /// wait is (inSystem − 3) / 4 s once its slots are busy; it is full at 8 waiting (inSystem 12).</summary>
    private static SiteView Busy(double rttMs, double inSystem) =>
        View(rttMs: rttMs, slots: 4, inSystem: inSystem, waiting: Math.Max(0, inSystem - 4), serviceSeconds: 1);

    [Fact]
    public void Chooses_the_nearest_site_when_it_meets_the_slo()
    {
        SiteView[] sites = [View(rttMs: 30), View(rttMs: 60)];
        Assert.Equal(0, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void An_estimate_exactly_at_the_slo_meets_it()
    {
        // 250 ms round trip + (6 − 3) / 4 × 1 s wait = 1 s, the SLO: taken, although a farther site is idle.
        SiteView[] sites = [Busy(rttMs: 250, inSystem: 6), View(rttMs: 300)];
        Assert.Equal(1.0, sites[0].RoundTripSeconds + sites[0].EstimatedWaitSeconds);
        Assert.Equal(0, Policy.Choose(Chat, sites));
        // One more millisecond of round trip and the nearest misses it: the request spills to the next site.
        Assert.Equal(1, Policy.Choose(Chat, [Busy(rttMs: 251, inSystem: 6), View(rttMs: 300)]));
    }

    [Fact]
    public void Spills_past_a_nearer_site_that_is_too_slow_or_full()
    {
        // Site 0: 10 ms + (9 − 3) / 4 s = 1.51 s, too slow; site 1 full; site 2 meets the SLO.
        SiteView[] sites = [Busy(rttMs: 10, inSystem: 9), Full(rttMs: 20), View(rttMs: 80)];
        Assert.Equal(2, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void When_no_site_meets_the_slo_the_smallest_estimate_with_room_takes_the_request()
    {
        // Estimates: 0.01 + 2.00 = 2.01 s, 0.05 + 1.25 = 1.30 s, 0.10 + 1.75 = 1.85 s; a full site farther has none.
        SiteView[] sites = [Busy(rttMs: 10, inSystem: 11), Busy(rttMs: 50, inSystem: 8), Busy(rttMs: 100, inSystem: 10), Full(rttMs: 120)];
        Assert.Equal(1, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void Equal_late_estimates_go_to_the_nearer_site()
    {
        // 0.5 + (9 − 3) / 4 = 2.0 s and 1.0 + (7 − 3) / 4 = 2.0 s: a tie, so the nearer one.
        SiteView[] sites = [Busy(rttMs: 500, inSystem: 9), Busy(rttMs: 1000, inSystem: 7)];
        Assert.Equal(sites[0].RoundTripSeconds + sites[0].EstimatedWaitSeconds, sites[1].RoundTripSeconds + sites[1].EstimatedWaitSeconds);
        Assert.Equal(0, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void Overflows_only_when_every_site_is_full()
    {
        Assert.Equal(-1, Policy.Choose(Chat, [Full(rttMs: 10), Full(rttMs: 20), View(rttMs: 30, slots: 0)]));
        Assert.Equal(-1, Policy.Choose(Chat, []));
    }

    [Fact]
    public void A_batch_request_takes_the_nearest_site_with_room_however_long_the_wait()
    {
        // Its objective is hours away: an estimate of 0.01 + 2 s does not send it farther.
        SiteView[] sites = [Busy(rttMs: 10, inSystem: 11), View(rttMs: 80)];
        Assert.Equal(0, Policy.Choose(Batch, sites));
        Assert.Equal(1, Policy.Choose(Chat, sites));
        Assert.Equal(1, Policy.Choose(Batch, [Full(rttMs: 10), View(rttMs: 80)]));
    }

    [Fact]
    public void As_a_flow_interactive_requests_spill_nearest_first_and_batch_requests_queue()
    {
        SiteView[] sites = [View(rttMs: 10), View(rttMs: 40), View(rttMs: 25)]; // out of order: the lane sorts by round trip
        var interactive = Assert.Single(Policy.Lanes(Chat, sites));
        Assert.Equal(1, interactive.Share);
        Assert.Equal([0, 2, 1], interactive.Order);
        Assert.True(interactive.Spills);
        var batch = Assert.Single(Policy.Lanes(Batch, sites));
        Assert.Equal([0, 2, 1], batch.Order);
        Assert.False(batch.Spills);
    }
}
