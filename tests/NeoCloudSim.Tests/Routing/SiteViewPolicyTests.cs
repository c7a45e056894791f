using NeoCloudSim.Routing;
using static NeoCloudSim.Tests.Routing.SiteViewFixtures;

namespace NeoCloudSim.Tests.Routing;

/// <summary>The figures every policy reads from a <see cref="SiteView"/>, and the fullness rule they share.</summary>
public sealed class SiteViewPolicyTests
{
    [Fact]
    public void Load_per_slot_is_requests_held_over_slots()
    {
        Assert.Equal(30.0 / 64, View(slots: 64, inSystem: 30).LoadPerSlot, 15);
        Assert.Equal(3.0, View(slots: 8, inSystem: 24, waiting: 16).LoadPerSlot, 15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(63)] // the 64th request still finds a free slot
    public void A_request_expects_no_wait_while_a_slot_is_free(double inSystem) =>
        Assert.Equal(0, View(slots: 64, inSystem: inSystem, serviceSeconds: 5).EstimatedWaitSeconds);

    [Theory]
    [InlineData(64, 1)] // every slot busy: it waits for one request ahead
    [InlineData(100, 37)]
    [InlineData(192, 129)]
    public void Once_the_slots_are_busy_the_wait_is_requests_ahead_per_slot_times_the_service_time(double inSystem, double ahead)
    {
        const int slots = 64;
        const double service = 5;
        Assert.Equal(ahead / slots * service, View(slots: slots, inSystem: inSystem, serviceSeconds: service).EstimatedWaitSeconds, 12);
    }

    [Fact]
    public void A_site_takes_requests_until_its_waiting_requests_reach_the_limit_per_slot()
    {
        var policy = new NearestRouting(maxWaitingPerSlot: 1.5);
        Assert.True(policy.CanTake(View(slots: 8, waiting: 11)));
        Assert.False(policy.CanTake(View(slots: 8, waiting: 12))); // 1.5 × 8: full
        Assert.False(policy.CanTake(View(slots: 8, waiting: 13)));
        Assert.False(policy.CanTake(View(slots: 0, waiting: 0))); // a site with no slot up serves nothing
    }

    [Theory]
    [InlineData(RoutingPolicyKind.Nearest, typeof(NearestRouting))]
    [InlineData(RoutingPolicyKind.LeastLoaded, typeof(LeastLoadedRouting))]
    [InlineData(RoutingPolicyKind.LatencyAware, typeof(LatencyAwareRouting))]
    [InlineData(RoutingPolicyKind.Cheapest, typeof(CheapestRouting))]
    public void The_spec_names_the_policy_and_its_fullness_rule(RoutingPolicyKind kind, Type type)
    {
        var policy = RoutingPolicy.Create(new RoutingSpec { Policy = kind, MaxWaitingPerSlot = 3.5 });
        Assert.IsType(type, policy);
        Assert.Equal(3.5, policy.MaxWaitingPerSlot);
    }
}
