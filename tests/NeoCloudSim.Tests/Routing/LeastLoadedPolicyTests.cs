using NeoCloudSim.Routing;
using static NeoCloudSim.Tests.Routing.SiteViewFixtures;

namespace NeoCloudSim.Tests.Routing;

/// <summary><see cref="LeastLoadedRouting"/>: a request goes where the fewest requests are held per slot; a flow
/// splits in proportion to the sites' capacities (the same rule's steady state).</summary>
public sealed class LeastLoadedPolicyTests
{
    private static readonly LeastLoadedRouting Policy = new(MaxWaitingPerSlot);

    [Fact]
    public void Chooses_the_fewest_requests_per_slot_whatever_the_distance()
    {
        // 40 / 64 = 0.625, 30 / 32 = 0.94, 20 / 64 = 0.31: the farthest site is the least loaded per slot, although
        // the middle one holds fewer requests in all than the first.
        SiteView[] sites = [View(rttMs: 5, slots: 64, inSystem: 40), View(rttMs: 20, slots: 32, inSystem: 30), View(rttMs: 80, slots: 64, inSystem: 20)];
        Assert.Equal(2, Policy.Choose(Chat, sites));
        // Requests per slot, not requests: 12 held on 8 slots (1.5) is busier than 48 on 64 (0.75).
        Assert.Equal(1, Policy.Choose(Chat, [View(rttMs: 5, slots: 8, inSystem: 12, waiting: 4), View(rttMs: 50, slots: 64, inSystem: 48)]));
    }

    [Fact]
    public void Ties_go_to_the_nearer_site()
    {
        SiteView[] sites = [View(rttMs: 5, slots: 64, inSystem: 32), View(rttMs: 20, slots: 16, inSystem: 4), View(rttMs: 40, slots: 32, inSystem: 8)];
        Assert.Equal(sites[1].LoadPerSlot, sites[2].LoadPerSlot);
        Assert.Equal(1, Policy.Choose(Chat, sites));
        Assert.Equal(0, Policy.Choose(Chat, [View(rttMs: 5), View(rttMs: 20), View(rttMs: 40)])); // an empty fleet
    }

    [Fact]
    public void Full_sites_and_sites_without_slots_are_passed_over()
    {
        // Site 0 has no slot up and site 1 is full: the only site with room takes the request.
        SiteView[] sites = [View(rttMs: 5, slots: 0), Full(rttMs: 10, slots: 4), View(rttMs: 30, slots: 8, inSystem: 10, waiting: 2)];
        Assert.Equal(2, Policy.Choose(Chat, sites));
        Assert.Equal(-1, Policy.Choose(Chat, [Full(rttMs: 10), Full(rttMs: 20), View(slots: 0)]));
        Assert.Equal(-1, Policy.Choose(Chat, []));
        Assert.Equal(0, Policy.Choose(Chat, [View(slots: 8, inSystem: 20, waiting: 12)])); // a single site with room
    }

    [Fact]
    public void As_a_flow_each_site_gets_a_lane_with_its_share_of_the_capacity_largest_first()
    {
        // Capacities 10, 30 and 20 requests per second: shares 1/6, 1/2, 1/3.
        SiteView[] sites = [View(rttMs: 5, capacityPerSecond: 10), View(rttMs: 20, capacityPerSecond: 30), View(rttMs: 40, capacityPerSecond: 20)];
        var lanes = Policy.Lanes(Chat, sites);
        Assert.Equal(3, lanes.Count);
        Assert.Equal(30.0 / 60, lanes[0].Share, 15);
        Assert.Equal(20.0 / 60, lanes[1].Share, 15);
        Assert.Equal(10.0 / 60, lanes[2].Share, 15);
        Assert.Equal(1, lanes.Sum(l => l.Share), 15);
        // Each lane starts at its site; what that site turns away goes on to the others, the largest first.
        Assert.Equal([1, 2, 0], lanes[0].Order);
        Assert.Equal([2, 1, 0], lanes[1].Order);
        Assert.Equal([0, 1, 2], lanes[2].Order);
        Assert.All(lanes, l => Assert.False(l.Spills));
    }

    [Fact]
    public void Equal_capacities_are_ordered_nearer_first()
    {
        SiteView[] sites = [View(rttMs: 5, capacityPerSecond: 10), View(rttMs: 20, capacityPerSecond: 20), View(rttMs: 40, capacityPerSecond: 20)];
        var lanes = Policy.Lanes(Chat, sites);
        Assert.Equal([[1, 2, 0], [2, 1, 0], [0, 1, 2]], lanes.Select(l => l.Order));
        Assert.Equal([0.4, 0.4, 0.2], lanes.Select(l => l.Share));
    }

    [Fact]
    public void A_site_without_capacity_or_slots_gets_no_lane_of_its_own_but_stays_last_to_spill_to()
    {
        // Site 0 has no slot up (its stated capacity does not count); site 2 a negative capacity, counted as none.
        SiteView[] sites = [View(rttMs: 5, slots: 0, capacityPerSecond: 50), View(rttMs: 20, capacityPerSecond: 12), View(rttMs: 40, capacityPerSecond: -3)];
        var lane = Assert.Single(Policy.Lanes(Chat, sites));
        Assert.Equal(1, lane.Share);
        Assert.Equal([1, 0, 2], lane.Order);
    }

    [Fact]
    public void With_no_capacity_anywhere_the_whole_flow_overflows()
    {
        foreach (SiteView[] sites in new[] { Array.Empty<SiteView>(), [View(slots: 0), View(capacityPerSecond: 0)] })
        {
            var lane = Assert.Single(Policy.Lanes(Chat, sites));
            Assert.Equal(1, lane.Share);
            Assert.Empty(lane.Order);
        }
    }

    [Fact]
    public void A_single_site_carries_the_whole_flow()
    {
        var lane = Assert.Single(Policy.Lanes(Chat, [View(capacityPerSecond: 7)]));
        Assert.Equal(1, lane.Share);
        Assert.Equal([0], lane.Order);
    }

    [Fact]
    public void Choosing_request_by_request_splits_a_stream_as_the_lanes_do()
    {
        // The contract: the lanes are the steady state of the choice. Three sites (slots, fixed service time):
        // 200 × 1 s, 600 × 2 s and 400 × 4 s, i.e. 200, 300 and 100 requests per second; 480 arrivals per second
        // (80% of the fleet), one every 1/480 s, each sent where Choose says. Past the start-up, the share each site
        // receives must be its lane's share: 1/3, 1/2 and 1/6.
        int[] slots = [200, 600, 400];
        double[] service = [1, 2, 4];
        double[] rttMs = [5, 20, 40];
        var views = new SiteView[3];
        for (int i = 0; i < views.Length; i++)
        {
            views[i] = View(rttMs[i], slots[i], serviceSeconds: service[i]);
        }

        var lanes = Policy.Lanes(Chat, views);
        var laneShare = new double[3];
        foreach (var lane in lanes)
        {
            laneShare[lane.Order[0]] = lane.Share;
        }

        Assert.Equal([1.0 / 3, 1.0 / 2, 1.0 / 6], laneShare.Select(s => Math.Round(s, 12)).ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);

        var received = FixedServiceFleet.Run(Policy, views, arrivalsPerSecond: 480, seconds: 300, warmUpSeconds: 30);
        double total = received.Sum();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(laneShare[i], received[i] / total, 0.01);
        }

        // And it is not the nearest-first split: the nearest site alone could not take half of the stream.
        Assert.True(received[1] > received[0]);
    }

    /// <summary>A deterministic stream sent request by request to sites with fixed service times, each slot serving
    /// one request at a time, first come first served: the counts each site received after the warm-up.</summary>
    private static class FixedServiceFleet
    {
        public static long[] Run(RoutingPolicy policy, SiteView[] views, double arrivalsPerSecond, double seconds, double warmUpSeconds)
        {
            int n = views.Length;
            var completions = new PriorityQueue<int, double>[n]; // each busy slot's completion time
            var waiting = new Queue<double>[n];
            var received = new long[n];
            for (int i = 0; i < n; i++)
            {
                completions[i] = new PriorityQueue<int, double>();
                waiting[i] = new Queue<double>();
            }

            double gap = 1 / arrivalsPerSecond;
            for (long k = 1; k * gap < seconds; k++)
            {
                double now = k * gap;
                for (int i = 0; i < n; i++)
                {
                    // Completions up to now free slots; each freed slot starts the next waiting request.
                    while (completions[i].TryPeek(out _, out double done) && done <= now)
                    {
                        completions[i].Dequeue();
                        if (waiting[i].Count > 0)
                        {
                            waiting[i].Dequeue();
                            completions[i].Enqueue(0, done + views[i].RecentServiceSeconds);
                        }
                    }

                    int held = completions[i].Count + waiting[i].Count;
                    views[i] = views[i] with { InSystem = held, Waiting = waiting[i].Count };
                }

                int chosen = policy.Choose(Chat, views);
                Assert.True(chosen >= 0, $"no site took the request at {now} s");
                if (now >= warmUpSeconds)
                {
                    received[chosen]++;
                }

                if (completions[chosen].Count < views[chosen].Slots)
                {
                    completions[chosen].Enqueue(0, now + views[chosen].RecentServiceSeconds);
                }
                else
                {
                    waiting[chosen].Enqueue(now);
                }
            }

            return received;
        }
    }
}
