using NeoCloudSim.Routing;
using static NeoCloudSim.Tests.Routing.SiteViewFixtures;

namespace NeoCloudSim.Tests.Routing;

/// <summary><see cref="NearestRouting"/>: the nearest site that serves, never a farther one.</summary>
public sealed class NearestPolicyTests
{
    private static readonly NearestRouting Policy = new(MaxWaitingPerSlot);

    [Fact]
    public void Chooses_the_first_candidate_that_serves_however_loaded_the_others_are()
    {
        // Candidates come nearest first: the nearest is busier than the farther one, and still chosen.
        SiteView[] sites = [View(rttMs: 5, slots: 8, inSystem: 20, waiting: 12), View(rttMs: 40, slots: 64)];
        Assert.Equal(0, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void Skips_candidates_with_no_slot_up()
    {
        SiteView[] sites = [View(rttMs: 5, slots: 0), View(rttMs: 20, slots: 8), View(rttMs: 40)];
        Assert.Equal(1, Policy.Choose(Chat, sites));
        var lane = Assert.Single(Policy.Lanes(Chat, sites));
        Assert.Equal([1], lane.Order);
    }

    [Fact]
    public void Overflows_when_the_nearest_serving_site_is_full_even_if_a_farther_one_has_room()
    {
        SiteView[] sites = [View(rttMs: 5, slots: 0), Full(rttMs: 10), View(rttMs: 40)];
        Assert.Equal(-1, Policy.Choose(Chat, sites));
    }

    [Fact]
    public void Overflows_with_no_candidate_or_none_serving()
    {
        Assert.Equal(-1, Policy.Choose(Chat, []));
        Assert.Equal(-1, Policy.Choose(Chat, [View(slots: 0), View(slots: 0)]));
        var lane = Assert.Single(Policy.Lanes(Chat, [View(slots: 0)]));
        Assert.Empty(lane.Order);
        Assert.Equal(1, lane.Share);
    }

    [Fact]
    public void As_a_flow_the_whole_rate_goes_to_the_nearest_serving_site_and_never_spills()
    {
        SiteView[] sites = [View(rttMs: 5), View(rttMs: 20), View(rttMs: 40)];
        var lane = Assert.Single(Policy.Lanes(Chat, sites));
        Assert.Equal(1, lane.Share);
        Assert.Equal([0], lane.Order); // what the site turns away overflows: no farther site in the lane
        Assert.False(lane.Spills);
        // Full or not, the lane is the same: fullness is the flow solver's business.
        Assert.Equal([0], Assert.Single(Policy.Lanes(Chat, [Full(rttMs: 5), View(rttMs: 20)])).Order);
    }
}
