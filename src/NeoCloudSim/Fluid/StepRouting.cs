using NeoCloudSim.Demand;
using NeoCloudSim.Numerics;
using NeoCloudSim.Routing;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Fluid;

/// <summary>
/// The routing fixed point of one fluid step: every flow's rate goes down the lanes the scenario's
/// <see cref="RoutingPolicy"/> gives it (the same policy object that routes requests one by one), each site passing on
/// what its solved queues turn away, until the offers and the blocking they cause agree.
/// </summary>
/// <remarks>
/// Under a policy whose lane spills, an interactive request goes on to the next site rather than wait (spilling); only
/// when every site would make it wait does it join a queue, from the first site on (joining). The iteration starts from
/// the last step's answer (demand moves little from one step to the next), and takes Newton steps
/// (<see cref="RoutingNewton"/>): a saturated fleet passes its overflow down long chains of sites, which plain
/// substitution settles slowly, carrying a change one site further each pass. One piece because the passes, the
/// Newton step and the lane offers share one set of per-lane arrays for the whole fixed point.
/// </remarks>
internal sealed class StepRouting
{
    /// <summary>How little the offers may move from one pass to the next (as a share of each lane's rate) for the
    /// routing iteration to have settled.</summary>
    private const double Converged = 1e-6;

    /// <summary>How little the blocking the pools give may differ from the blocking the offers were made with for
    /// the routing iteration to have settled.</summary>
    private const double Settled = 1e-9;

    /// <summary>Passes of the routing iteration after which a step stops where it is (a saturated fleet's).</summary>
    private const int MaxPasses = 50;

    private readonly IReadOnlyList<WorkloadClassSpec> _classes;
    private readonly IReadOnlyList<Site> _sites;
    private readonly SiteDistance[][] _candidates;
    private readonly IReadOnlyList<FluidFlow> _flows;
    private readonly RoutingPolicy _policy;
    private readonly PoolCache _cache;
    private readonly RoutingNewton _newton;
    private double[] _lastSpillBlocking = [];
    private double[] _lastBlocking = [];

    public StepRouting(IReadOnlyList<WorkloadClassSpec> classes, IReadOnlyList<Site> sites, SiteDistance[][] candidates, IReadOnlyList<FluidFlow> flows, RoutingPolicy policy, PoolCache cache)
    {
        _classes = classes;
        _sites = sites;
        _candidates = candidates;
        _flows = flows;
        _policy = policy;
        _cache = cache;
        _newton = new RoutingNewton(sites.Count);
    }

    /// <summary>Steps whose routing iteration stopped at <see cref="MaxPasses"/> without settling.</summary>
    public int CappedSteps { get; private set; }

    /// <summary>The most passes a step's routing iteration took.</summary>
    public int MostPasses { get; private set; }

    /// <summary>Routes every flow's mean rate over [start, end) and solves the sites' queues.</summary>
    /// <param name="start">Start of the step, simulated seconds.</param>
    /// <param name="end">End of the step, simulated seconds.</param>
    /// <param name="rates">Each flow's mean arrival rate over the step, requests per second.</param>
    /// <param name="lastLoads">The sites' loads over the step before (what a policy sees of them), or null.</param>
    public StepPlan Solve(double start, double end, double[] rates, SiteLoad?[]? lastLoads)
    {
        var plan = new StepPlan(start, end, _sites.Count, _flows.Count);
        var pools = new ReplicaPool?[_sites.Count][];
        var shares = new double[_sites.Count][];
        for (int s = 0; s < _sites.Count; s++)
        {
            (pools[s], shares[s]) = _cache.Pools(_sites[s], rates);
        }

        var lanes = Lanes(rates, pools, lastLoads);
        int count = lanes.Count;
        bool warm = _lastBlocking.Length == _sites.Count;
        var spillBlocking = warm ? (double[])_lastSpillBlocking.Clone() : new double[_sites.Count];
        var blocking = warm ? (double[])_lastBlocking.Clone() : new double[_sites.Count];
        var spilling = new double[count][];
        var joining = new double[count][];
        var spills = new bool[count];
        var sitesInOrder = new int[count][];
        var spillReach = new int[count]; // per lane, how far down its sites the last pass sent anything
        var joinReach = new int[count];
        for (int l = 0; l < count; l++)
        {
            sitesInOrder[l] = lanes[l].Sites;
            spilling[l] = new double[sitesInOrder[l].Length];
            joining[l] = new double[sitesInOrder[l].Length];
            spills[l] = lanes[l].Spills;
        }

        var spillRate = new double[_sites.Count];
        var joinRate = new double[_sites.Count];
        var looked = new (long Spilling, long Joining)[_sites.Count][];
        for (int s = 0; s < _sites.Count; s++)
        {
            looked[s] = new (long, long)[pools[s].Length];
            Array.Fill(looked[s], (long.MaxValue, long.MaxValue));
        }

        var spillTurnedAway = new double[_sites.Count];
        var turnedAway = new double[_sites.Count];
        _newton.Begin();
        int passes = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            Array.Clear(spillRate);
            Array.Clear(joinRate);
            double change = 0; // the largest change of an offer since the last pass, as a share of its lane's rate
            for (int l = 0; l < count; l++)
            {
                var at = sitesInOrder[l];
                double rate = lanes[l].Rate;
                double perRate = rate > 0 ? 1 / rate : 0;
                double carry = rate;
                if (spills[l])
                {
                    spillReach[l] = Offer(at, spilling[l], spillReach[l], spillRate, spillBlocking, perRate, ref carry, ref change);
                }

                joinReach[l] = Offer(at, joining[l], joinReach[l], joinRate, blocking, perRate, ref carry, ref change);
            }

            for (int s = 0; s < _sites.Count; s++)
            {
                _cache.Look(pools[s], shares[s], spillRate[s], joinRate[s], looked[s]);
            }

            _cache.SolveUnsolved();
            double residual = 0;
            for (int s = 0; s < _sites.Count; s++)
            {
                (spillTurnedAway[s], turnedAway[s], _newton.Sensitivity[s]) = TurnedAway(pools[s], shares[s]);
                residual = Math.Max(residual, Math.Max(Math.Abs(spillTurnedAway[s] - spillBlocking[s]), Math.Abs(turnedAway[s] - blocking[s])));
            }

            passes = pass + 1;
            if ((pass > 0 && change <= Converged) || residual <= Settled)
            {
                break;
            }

            if (pass == MaxPasses - 1)
            {
                CappedSteps++;
                break;
            }

            _newton.Next(sitesInOrder, spills, spilling, joining, spillBlocking, blocking, spillTurnedAway, turnedAway, residual);
        }

        MostPasses = Math.Max(MostPasses, passes);
        _lastSpillBlocking = spillTurnedAway; // what the pools solved for the last pass's offers turn away
        _lastBlocking = turnedAway;
        for (int f = 0; f < _flows.Count; f++)
        {
            plan.Arrived[f] = rates[f];
            plan.Overflow[f] = rates[f];
        }

        for (int l = 0; l < count; l++)
        {
            var lane = lanes[l];
            var accepted = plan.Accepted[lane.Flow];
            for (int j = 0; j < lane.Sites.Length; j++)
            {
                int s = lane.Sites[j];
                double rate = (spilling[l][j] * (1 - spillTurnedAway[s])) + (joining[l][j] * (1 - turnedAway[s]));
                if (rate > 0)
                {
                    Accept(accepted, s, lane.RoundTrips[j], rate);
                    plan.Overflow[lane.Flow] -= rate;
                }
            }
        }

        for (int f = 0; f < _flows.Count; f++)
        {
            plan.Overflow[f] = Math.Max(0, plan.Overflow[f]);
        }

        for (int s = 0; s < _sites.Count; s++)
        {
            plan.Loads[s] = Load(_sites[s], pools[s]);
            plan.Pools[s] = pools[s];
            plan.PoolShares[s] = shares[s];
        }

        return plan;
    }

    /// <summary>Every flow's lanes, by the routing policy, over what it sees of the candidate sites now.</summary>
    private List<Lane> Lanes(double[] rates, ReplicaPool?[][] pools, SiteLoad?[]? lastLoads)
    {
        var lanes = new List<Lane>(_flows.Count);
        for (int f = 0; f < _flows.Count; f++)
        {
            var flow = _flows[f];
            var candidates = _candidates[flow.Region];
            var views = new SiteView[candidates.Length];
            for (int i = 0; i < views.Length; i++)
            {
                views[i] = View(candidates[i], pools[candidates[i].Site.Index], lastLoads?[candidates[i].Site.Index]);
            }

            foreach (var lane in _policy.Lanes(_classes[flow.Class], views))
            {
                lanes.Add(new Lane(
                    f,
                    rates[f] * lane.Share,
                    Array.ConvertAll(lane.Order, i => candidates[i].Site.Index),
                    Array.ConvertAll(lane.Order, i => candidates[i].RoundTripSeconds),
                    lane.Spills));
            }
        }

        return lanes;
    }

    /// <summary>What a routing policy sees of a candidate site in the fluid model: its slots and prices as they are,
    /// the requests it held over the last step, and the capacity of its pools.</summary>
    private static SiteView View(in SiteDistance candidate, ReplicaPool?[] pools, SiteLoad? last)
    {
        var site = candidate.Site;
        double capacity = 0;
        foreach (var pool in pools)
        {
            capacity += pool?.MaxThroughput ?? 0;
        }

        return new SiteView(
            candidate.RoundTripSeconds,
            site.Slots,
            last?.InSystem ?? 0,
            last?.Waiting ?? 0,
            site.RecentServiceSeconds,
            site.MarginalEnergyPriceUsdPerMwh,
            capacity);
    }

    private static void Accept(List<(int Site, double Rtt, double Rate)> accepted, int site, double rtt, double rate)
    {
        for (int i = 0; i < accepted.Count; i++)
        {
            if (accepted[i].Site == site)
            {
                accepted[i] = (site, rtt, accepted[i].Rate + rate); // another lane of the same flow
                return;
            }
        }

        accepted.Add((site, rtt, rate));
    }

    /// <summary>
    /// Offers <paramref name="carry"/> to a lane's sites in order (<paramref name="at"/>), each passing on the share it
    /// turns away, and records each site's offer in <paramref name="offers"/> and <paramref name="rateAt"/>. Once
    /// nothing is left to pass on, the sites beyond the last pass's reach get nothing and are skipped. Returns this
    /// pass's reach.
    /// </summary>
    private static int Offer(int[] at, double[] offers, int reach, double[] rateAt, double[] turnedAway, double perRate, ref double carry, ref double change)
    {
        int j = 0;
        for (; j < at.Length && (carry != 0 || j < reach); j++)
        {
            int s = at[j];
            change = Math.Max(change, Math.Abs(offers[j] - carry) * perRate);
            offers[j] = carry;
            rateAt[s] += carry;
            carry *= turnedAway[s];
        }

        return j;
    }

    /// <summary>
    /// The share of a site's spilling and of its joining arrivals its solved pools turn away, and how those shares move
    /// with the site's arrival rates (for the Newton step): each pool gets its share of the site's arrivals and weighs
    /// by that share in what the site turns away.
    /// </summary>
    private static (double Spilling, double Joining, BlockingSensitivity Sensitivity) TurnedAway(ReplicaPool?[] pools, double[] shares)
    {
        double spilled = 0, blocked = 0, capacity = 0;
        double spillBySpilling = 0, spillByJoining = 0, fullBySpilling = 0, fullByJoining = 0;
        for (int c = 0; c < pools.Length; c++)
        {
            if (pools[c] is { } pool)
            {
                double w = shares[c];
                var d = pool.Sensitivity;
                spilled += w * pool.SpillBlocking;
                blocked += w * pool.Blocking;
                spillBySpilling += w * w * d.SpillBySpilling;
                spillByJoining += w * w * d.SpillByJoining;
                fullBySpilling += w * w * d.FullBySpilling;
                fullByJoining += w * w * d.FullByJoining;
                capacity += w;
            }
        }

        return capacity > 0
            ? (spilled / capacity, blocked / capacity, new BlockingSensitivity(spillBySpilling / capacity, spillByJoining / capacity, fullBySpilling / capacity, fullByJoining / capacity))
            : (1, 1, default);
    }

    private static SiteLoad Load(Site site, ReplicaPool?[] pools)
    {
        var busy = new double[pools.Length];
        double inSystem = 0, waiting = 0;
        for (int c = 0; c < pools.Length; c++)
        {
            if (pools[c] is { } pool)
            {
                busy[c] = pool.BusyReplicas * site.Clusters[c].GpusPerReplica;
                inSystem += pool.InSystem;
                waiting += pool.Waiting;
            }
        }

        return new SiteLoad(busy, inSystem, waiting);
    }

    /// <summary>A flow's share going down one lane of sites: its rate and, per site in order, the index and round trip.</summary>
    private sealed record Lane(int Flow, double Rate, int[] Sites, double[] RoundTrips, bool Spills);
}
