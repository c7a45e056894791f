using NeoCloudSim.Routing;
using static NeoCloudSim.Tests.Routing.SiteViewFixtures;

namespace NeoCloudSim.Tests.Routing;

/// <summary><see cref="CheapestRouting"/>: the cheapest energy among sites with room, ties to the nearer.</summary>
public sealed class CheapestPolicyTests
{
    private static readonly CheapestRouting Policy = new(MaxWaitingPerSlot);

    [Fact]
    public void Chooses_the_cheapest_energy_whatever_the_distance()
    {
        SiteView[] sites = [View(rttMs: 5, priceUsdPerMwh: 90), View(rttMs: 20, priceUsdPerMwh: 60), View(rttMs: 40, priceUsdPerMwh: 40)];
        Assert.Equal(2, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void Ties_go_to_the_nearer_site()
    {
        SiteView[] sites = [View(rttMs: 5, priceUsdPerMwh: 90), View(rttMs: 20, priceUsdPerMwh: 50), View(rttMs: 40, priceUsdPerMwh: 50)];
        Assert.Equal(1, Policy.Choose(Chat, sites));
        Assert.Equal([1, 2, 0], Assert.Single(Policy.Lanes(Chat, sites)).Order);
    }

    [Fact]
    public void A_full_cheapest_site_passes_the_request_to_the_next_cheapest()
    {
        SiteView[] sites = [View(rttMs: 5, priceUsdPerMwh: 90), Full(rttMs: 20, priceUsdPerMwh: 40), View(rttMs: 40, priceUsdPerMwh: 60)];
        Assert.Equal(2, Policy.Choose(Chat, sites));
        Assert.Equal(-1, Policy.Choose(Chat, [Full(priceUsdPerMwh: 40), Full(priceUsdPerMwh: 60)]));
        Assert.Equal(-1, Policy.Choose(Chat, [View(slots: 0, priceUsdPerMwh: 10)]));
    }

    [Fact]
    public void A_site_with_no_energized_feed_is_never_chosen()
    {
        // Its price is +∞: no finite score, so it is not the cheapest even when it is the only one with room.
        Assert.Equal(-1, Policy.Choose(Chat, [View(priceUsdPerMwh: double.PositiveInfinity)]));
        SiteView[] sites = [View(rttMs: 5, priceUsdPerMwh: double.PositiveInfinity), View(rttMs: 20, priceUsdPerMwh: 200)];
        Assert.Equal(1, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void As_a_flow_one_lane_tries_every_site_cheapest_first_without_spilling()
    {
        SiteView[] sites = [View(rttMs: 5, priceUsdPerMwh: 90), View(rttMs: 20, priceUsdPerMwh: 40), View(rttMs: 40, priceUsdPerMwh: 60), View(rttMs: 60, priceUsdPerMwh: double.PositiveInfinity)];
        var lane = Assert.Single(Policy.Lanes(Chat, sites));
        Assert.Equal(1, lane.Share);
        Assert.Equal([1, 2, 0, 3], lane.Order);
        Assert.False(lane.Spills);
    }
}
