using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.Pricing;
using NeoCloudSim.Routing;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Fluid;

/// <summary>
/// Traffic as flows, one step at a time: at each step every demand stream's mean rate is routed to the sites in the
/// routing policy's order, each site's serving replicas are solved as a birth–death queue (<see cref="ReplicaPool"/>),
/// what a site turns away spills to the stream's next site and then to partners or rejection, and the step's
/// utilization, power, served requests, tokens, latency and money are recorded as the request-level model records
/// them. The slow world — power, deliveries, failures, contracts — runs on the same calendar, event by event.
/// </summary>
/// <remarks>
/// A step's load is set on the sites when the step starts (so utilization, power and energy integrate it), and its
/// requests are counted when it ends, in the bucket they belong to. Fractions of requests and tokens are carried to
/// the next step, so counts stay whole and nothing is lost. Latency is recorded as <see cref="LatencySamples"/> points
/// per class, site and step, drawn from the queue's stationary state, each standing for its share of the requests.
/// </remarks>
internal sealed class FluidTraffic : IEventHandler
{
    /// <summary>Latency points drawn per class, site cluster and step.</summary>
    public const int LatencySamples = 4;

    private const long Step = 0;
    private const long Replan = 1;

    private readonly Simulation _simulation;
    private readonly IReadOnlyList<WorkloadClassSpec> _classes;
    private readonly IReadOnlyList<Site> _sites;
    private readonly SiteDistance[][] _candidates;
    private readonly RoutingSpec _routing;
    private readonly FluidPartners _partners;
    private readonly ClassPricingSpec[] _prices;
    private readonly PriceSchedule _schedule;
    private readonly PricingSpec _pricing;
    private readonly MoneyAccumulator _money;
    private readonly RoutingTally[,] _bucketRouting;
    private readonly RoutingTally[,] _runRouting;
    private readonly List<FluidFlow> _flows;
    private readonly double _step;
    private readonly double _horizon;
    private readonly RequestWindows _windows;
    private readonly Action<int, int, int, int, int, double>? _arriveAt; // a site window's request: site, region, class, prompt, output, rtt
    private readonly RandomStream _windowRandom;
    private int _windowSite = -1;
    private double _windowEnd = double.NegativeInfinity;
    private readonly int[][] _flowsAt; // per site, the flows whose region can reach it
    private readonly RandomStream _random;
    private readonly Dictionary<(int Site, int Cluster, int Class), double[]> _carry = [];
    private readonly StepServices _services = new();
    private readonly RoutingNewton _newton;
    private readonly FluidService _service = new(); // one class and pool's points, handed to the site and reused
    private readonly Dictionary<(int Region, int Class), double[]> _routingCarry = [];
    private readonly Dictionary<SolvedPoolKey, ReplicaPool> _solved = [];
    private readonly Dictionary<(Compute.ServingProfile Profile, long Output, long Prefill, int[]? Prompts), (ReplicaRates Rates, int Id)> _rates = [];
    private readonly List<(ReplicaPool Pool, double Spilling, double Joining)> _unsolved = [];
    private double[] _lastSpillBlocking = [];
    private double[] _lastBlocking = [];
    private StepPlan? _current;
    private bool _replanPending;
    private long _solvedStates;

    public FluidTraffic(
        Simulation simulation,
        IReadOnlyList<WorkloadClassSpec> classes,
        IReadOnlyList<Site> sites,
        SiteDistance[][] candidates,
        RoutingSpec routing,
        FluidPartners partners,
        ClassPricingSpec[] prices,
        PriceSchedule schedule,
        PricingSpec pricing,
        MoneyAccumulator money,
        RoutingTally[,] bucketRouting,
        RoutingTally[,] runRouting,
        List<FluidFlow> flows,
        double stepSeconds,
        double horizon,
        RequestWindows windows,
        Action<int, int, int, int, int, double>? arriveAt = null)
    {
        _arriveAt = arriveAt;
        _windowRandom = simulation.Random("hybrid/site-windows");
        _simulation = simulation;
        _classes = classes;
        _sites = sites;
        _candidates = candidates;
        _routing = routing;
        _partners = partners;
        _prices = prices;
        _schedule = schedule;
        _pricing = pricing;
        _money = money;
        _bucketRouting = bucketRouting;
        _runRouting = runRouting;
        _flows = flows;
        _step = stepSeconds;
        _horizon = horizon;
        _windows = windows;
        _flowsAt = [.. sites.Select(site => Enumerable.Range(0, flows.Count).Where(f => Array.Exists(candidates[flows[f].Region], c => ReferenceEquals(c.Site, site))).ToArray())];
        _random = simulation.Random("fluid/latency");
        _newton = new RoutingNewton(sites.Count);
        simulation.ScheduleAt(0, this, Step);
        foreach (var site in sites)
        {
            site.ServingChanged += OnServingChanged;
        }
    }

    /// <summary>Steps whose routing iteration stopped at <see cref="MaxPasses"/> without settling.</summary>
    internal int CappedSteps { get; private set; }

    /// <summary>The most passes a step's routing iteration took.</summary>
    internal int MostPasses { get; private set; }

    /// <summary>Requests the fluid model served (for the summary's share of individually simulated requests).</summary>
    public long Served { get; private set; }

    /// <inheritdoc/>
    public void Handle(long tag)
    {
        double now = _simulation.Now;
        if (tag == Replan)
        {
            // Replicas went up, down or to contracts within the step: the rest of it is solved again, same demand.
            _replanPending = false;
            if (_current is { } plan && now > plan.Start && now < plan.End && ServingMoved(plan))
            {
                var rates = plan.Arrived;
                Finish(now);
                _current = Plan(now, plan.End, rates);
                _current.RequestLevelSite = plan.RequestLevelSite; // a site window's arrivals run on to the step's end
                SetLoads();
            }

            return;
        }

        Finish(now);
        double end = Math.Min(Math.Min(now + _step, _horizon), _windows.NextBoundary(now));
        if (end <= now)
        {
            return;
        }

        bool inWindow = _windows.Contains(now);
        _current = inWindow && !_windows.PerSite ? null : Plan(now, end);
        if (_current is { } current && inWindow && _windows.PerSite)
        {
            StartSiteWindow(current, now, end);
        }

        SetLoads();
        _simulation.ScheduleAt(end, this, Step);
    }

    /// <summary>Called when a site's serving replicas change: the step is solved again from now (once per instant) if
    /// the change is material (see <see cref="ServingMoved"/>).</summary>
    public void OnServingChanged()
    {
        if (!_replanPending && _current is not null)
        {
            _replanPending = true;
            _simulation.ScheduleAt(_simulation.Now, this, Replan);
        }
    }

    /// <summary>Share of a pool's replicas that may go up or down before the step is solved again; smaller changes
    /// wait for the next step (a large fleet has a failure or a repair every few minutes).</summary>
    public const double MaterialChange = 0.01;

    /// <summary>
    /// Whether some site's serving replicas have moved far enough from those <paramref name="plan"/> was solved for
    /// to solve it again: a pool that appeared or vanished, or one whose replicas changed by
    /// <see cref="MaterialChange"/> of them or more (so, in pools under 100 replicas, by any).
    /// </summary>
    private bool ServingMoved(StepPlan plan)
    {
        for (int s = 0; s < _sites.Count; s++)
        {
            var serving = _sites[s].ServingReplicas();
            var pools = plan.Pools[s]!;
            for (int c = 0; c < serving.Length; c++)
            {
                int planned = c < pools.Length ? pools[c]?.Replicas ?? 0 : 0;
                if (serving[c] != planned && (planned == 0 || serving[c] == 0 || Math.Abs(serving[c] - planned) >= MaterialChange * planned))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A per-site window: the window's site (chosen at its first step: the busiest site for a busiest-hour window,
    /// else a site drawn in proportion to its traffic, so that random windows sample requests evenly) gets this step's
    /// requests one by one, at the rates the fluid model sent it; the fluid model stands aside for that site.
    /// </summary>
    private void StartSiteWindow(StepPlan plan, double now, double end)
    {
        if (now >= _windowEnd)
        {
            var accepted = new double[_sites.Count];
            for (int f = 0; f < _flows.Count; f++)
            {
                foreach (var (s, _, rate) in plan.Accepted[f])
                {
                    accepted[s] += rate;
                }
            }

            _windowSite = _windows.IsBusiest(now) ? Array.IndexOf(accepted, accepted.Max()) : Draw(accepted);
            _windowEnd = _windows.NextBoundary(now);
        }

        plan.RequestLevelSite = _windowSite;
        for (int f = 0; f < _flows.Count; f++)
        {
            foreach (var (s, rtt, rate) in plan.Accepted[f])
            {
                if (s == _windowSite && rate > 0 && _arriveAt is not null)
                {
                    _ = new PinnedArrivals(_simulation, _flows[f], s, rtt, rate, end, _windowRandom, _arriveAt);
                }
            }
        }
    }

    private int Draw(double[] weights)
    {
        double u = _windowRandom.NextUniform() * weights.Sum();
        for (int i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private void SetLoads()
    {
        foreach (var site in _sites)
        {
            var load = site.Index == _current?.RequestLevelSite ? null : _current?.Loads[site.Index];
            site.SetFluidLoad(load?.BusyGpus ?? [], load?.InSystem ?? 0, load?.Waiting ?? 0);
        }
    }

    /// <summary>Records the step under way up to <paramref name="now"/> (called at each step's end, and at the horizon).</summary>
    public void Finish(double now)
    {
        if (_current is not { } plan || now <= plan.Start)
        {
            return;
        }

        Record(plan, now - plan.Start);
        _current = null;
    }

    /// <summary>Routes every flow's mean rate over [start, end) and solves the sites' queues.</summary>
    private StepPlan Plan(double start, double end, double[]? knownRates = null)
    {
        var plan = new StepPlan(start, end, _sites.Count, _flows.Count);
        var rates = knownRates ?? new double[_flows.Count];
        for (int f = 0; f < _flows.Count && knownRates is null; f++)
        {
            rates[f] = _flows[f].MeanRate(start, end);
        }

        var pools = new ReplicaPool?[_sites.Count][];
        var shares = new double[_sites.Count][];
        for (int s = 0; s < _sites.Count; s++)
        {
            (pools[s], shares[s]) = Pools(_sites[s], rates);
        }

        var order = new SiteDistance[_flows.Count][];
        for (int f = 0; f < _flows.Count; f++)
        {
            order[f] = Order(_flows[f], pools);
        }

        // Offered rates of each flow at each of its sites; what a site turns away goes to the flow's next site. Under
        // latency-aware routing an interactive request goes on to the next site rather than wait (spilling); only when
        // every site would make it wait does it join a queue, from the nearest site on (joining).
        // The iteration starts from the last step's answer (demand moves little from one step to the next), and takes
        // Newton steps (see RoutingNewton): a saturated fleet passes its overflow down long chains of sites, which plain
        // substitution settles slowly, carrying a change one site further each pass.
        bool warm = _lastBlocking.Length == _sites.Count;
        var spillBlocking = warm ? (double[])_lastSpillBlocking.Clone() : new double[_sites.Count];
        var blocking = warm ? (double[])_lastBlocking.Clone() : new double[_sites.Count];
        var spilling = new double[_flows.Count][];
        var joining = new double[_flows.Count][];
        var spills = new bool[_flows.Count];
        var sitesInOrder = new int[_flows.Count][];
        var spillReach = new int[_flows.Count]; // per flow, how far down its sites the last pass sent anything
        var joinReach = new int[_flows.Count];
        for (int f = 0; f < _flows.Count; f++)
        {
            spilling[f] = new double[order[f].Length];
            joining[f] = new double[order[f].Length];
            spills[f] = _routing.Policy == RoutingPolicyKind.LatencyAware && _classes[_flows[f].Class].Kind != WorkloadKind.Batch;
            sitesInOrder[f] = Array.ConvertAll(order[f], c => c.Site.Index);
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
            double change = 0; // the largest change of an offer since the last pass, as a share of its flow's rate
            for (int f = 0; f < _flows.Count; f++)
            {
                var at = sitesInOrder[f];
                double perRate = rates[f] > 0 ? 1 / rates[f] : 0;
                double carry = rates[f];
                if (spills[f])
                {
                    spillReach[f] = Offer(at, spilling[f], spillReach[f], spillRate, spillBlocking, perRate, ref carry, ref change);
                }

                joinReach[f] = Offer(at, joining[f], joinReach[f], joinRate, blocking, perRate, ref carry, ref change);
            }

            for (int s = 0; s < _sites.Count; s++)
            {
                Look(pools[s], shares[s], spillRate[s], joinRate[s], looked[s]);
            }

            SolveUnsolved();
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
        spillBlocking = spillTurnedAway; // what the pools solved for the last pass's offers turn away
        blocking = turnedAway;
        _lastSpillBlocking = spillBlocking;
        _lastBlocking = blocking;
        for (int f = 0; f < _flows.Count; f++)
        {
            double overflow = rates[f];
            for (int j = 0; j < order[f].Length; j++)
            {
                int s = order[f][j].Site.Index;
                double accepted = (spilling[f][j] * (1 - spillBlocking[s])) + (joining[f][j] * (1 - blocking[s]));
                if (accepted > 0)
                {
                    plan.Accepted[f].Add((s, order[f][j].RoundTripSeconds, accepted));
                    overflow -= accepted;
                }
            }

            plan.Arrived[f] = rates[f];
            plan.Overflow[f] = Math.Max(0, overflow);
        }

        for (int s = 0; s < _sites.Count; s++)
        {
            plan.Loads[s] = Load(_sites[s], pools[s]);
            plan.Pools[s] = pools[s];
            plan.PoolShares[s] = shares[s];
        }

        return plan;
    }

    /// <summary>One pool per cluster with serving replicas, and each pool's share of the site's traffic (by capacity).</summary>
    private (ReplicaPool?[] Pools, double[] Shares) Pools(Site site, double[] rates)
    {
        var serving = site.ServingReplicas();
        var pools = new ReplicaPool?[serving.Length];
        var shares = new double[serving.Length];
        // Request sizes at this site: the mean over the streams that may come here, weighted by their rates.
        var (meanOutput, meanPrompt, meanSquared, prompts) = MixAt(site, rates);
        double capacity = 0;
        for (int c = 0; c < serving.Length; c++)
        {
            if (serving[c] == 0)
            {
                continue;
            }

            var profile = site.Clusters[c].Sku.Serving;
            var sizes = new TokenSizeMoments(meanPrompt, meanOutput, meanSquared, [1], [1]);
            double prefillWork = sizes.MeanPrefillWorkSeconds(profile);
            var rateKey = (profile, CoarseBin(meanOutput), CoarseBin(prefillWork), prompts);
            if (!_rates.TryGetValue(rateKey, out var known))
            {
                _rates[rateKey] = known = (new ReplicaRates(profile, meanOutput, prefillWork, prompts), _rates.Count);
            }

            // The routing's fullness rule: a site takes requests while fewer than this many per slot wait.
            int waitingRoom = (int)Math.Ceiling(_routing.MaxWaitingPerSlot * serving[c] * profile.BatchLimit);
            pools[c] = new ReplicaPool(known.Rates, serving[c], waitingRoom) { RatesId = known.Id };
            shares[c] = pools[c]!.MaxThroughput;
            capacity += shares[c];
        }

        for (int c = 0; c < shares.Length; c++)
        {
            shares[c] = capacity > 0 ? shares[c] / capacity : 0;
        }

        return (pools, shares);
    }

    private (double Output, double Prompt, double PromptSquared, int[]? Prompts) MixAt(Site site, double[] rates)
    {
        double weight = 0, output = 0, prompt = 0, squared = 0, heaviest = 0;
        int[]? prompts = null;
        foreach (int f in _flowsAt[site.Index])
        {
            var sizes = _flows[f].Sizes;
            double w = Math.Max(rates[f], 1e-12);
            weight += w;
            output += w * sizes.MeanOutputTokens;
            prompt += w * sizes.MeanPromptTokens;
            squared += w * sizes.MeanPromptSquared;
            if (w > heaviest)
            {
                heaviest = w;
                prompts = sizes.PromptPoints; // the spread of prompt sizes: the busiest stream's
            }
        }

        return weight > 0 ? (output / weight, prompt / weight, squared / weight, prompts) : (1, 1, 1, null);
    }

    /// <summary>
    /// Offers <paramref name="carry"/> to a flow's sites in order (<paramref name="at"/>), each passing on the share it
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
    /// Replaces each of a site's pools by its twin solved for the site's spilling and joining arrivals, from the kept
    /// solutions if one is there (by configuration and exact rates: a steady demand, or a replan within a step, is
    /// solved once), else by a new pool left for <see cref="SolveUnsolved"/>. A pool whose rates are those it was last
    /// looked up for in this step (<paramref name="looked"/>) is kept as it is.
    /// </summary>
    private void Look(ReplicaPool?[] pools, double[] shares, double spilling, double joining, (long Spilling, long Joining)[] looked)
    {
        for (int c = 0; c < pools.Length; c++)
        {
            if (pools[c] is not { } template)
            {
                continue;
            }

            var bins = (RateKey(spilling * shares[c]), RateKey(joining * shares[c]));
            if (looked[c] == bins)
            {
                continue;
            }

            looked[c] = bins;
            var key = new SolvedPoolKey(template.RatesId, template.Replicas, template.Capacity, bins.Item1, bins.Item2);
            if (!_solved.TryGetValue(key, out var pool))
            {
                pool = new ReplicaPool(template.Rates, template.Replicas, template.Capacity - template.Slots) { RatesId = template.RatesId };
                _unsolved.Add((pool, spilling * shares[c], joining * shares[c]));
                _solved[key] = pool;
            }

            pools[c] = pool;
        }
    }

    /// <summary>
    /// Solves the pools <see cref="Look"/> found no solution for. (On one thread: a pass has a few solves of some
    /// microseconds each, less than it costs to hand them to another core.) The kept solutions are bounded: past
    /// <see cref="MaxSolvedStates"/> they are dropped, and what recurs is solved again.
    /// </summary>
    private void SolveUnsolved()
    {
        foreach (var (pool, spilling, joining) in _unsolved)
        {
            pool.Solve(spilling, joining);
            _solvedStates += pool.StatesHeld;
        }

        _unsolved.Clear();
        if (_solvedStates >= MaxSolvedStates)
        {
            _solved.Clear(); // the pools in use stay with their plans
            _solvedStates = 0;
        }
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

    /// <summary>How little the offers may move from one pass to the next (as a share of each flow's rate) for the
    /// routing iteration to have settled.</summary>
    private const double Converged = 1e-6;

    /// <summary>How little the blocking the pools give may differ from the blocking the offers were made with for
    /// the routing iteration to have settled.</summary>
    private const double Settled = 1e-9;

    /// <summary>Passes of the routing iteration after which a step stops where it is (a saturated fleet's).</summary>
    private const int MaxPasses = 50;

    /// <summary>States the cache of solutions may hold in all (8 bytes each: some 40 MB).</summary>
    private const long MaxSolvedStates = 5_000_000;

    /// <summary>A rate's key among the kept solutions: the rate itself, to the bit (binned rates made the routing map
    /// piecewise constant, which Newton's steps cannot settle); 0 and below share one key.</summary>
    private static long RateKey(double value) => value > 0 ? BitConverter.DoubleToInt64Bits(value) : long.MinValue;

    /// <summary>A request-size figure's bin, to 1%: the mix of classes at a site shifts a little every hour, and its
    /// replica rates (with their occupancy tables) are worth reusing across such shifts.</summary>
    private static long CoarseBin(double value) => value > 0 ? (long)Math.Round(Math.Log(value) * 100) : long.MinValue;

    /// <summary>The flow's sites in the order the routing policy tries them.</summary>
    private SiteDistance[] Order(FluidFlow flow, ReplicaPool?[][] pools)
    {
        var candidates = _candidates[flow.Region];
        return _routing.Policy switch
        {
            RoutingPolicyKind.Cheapest => [.. candidates.OrderBy(c => c.Site.MarginalEnergyPriceUsdPerMwh).ThenBy(c => c.RoundTripSeconds)],
            RoutingPolicyKind.LeastLoaded => [.. candidates.OrderByDescending(c => Capacity(pools[c.Site.Index])).ThenBy(c => c.RoundTripSeconds)],
            _ => candidates, // nearest first (latency-aware spills on when a site has no free slot: see Plan)
        };
    }

    private static double Capacity(ReplicaPool?[] pools) => pools.Sum(p => p?.MaxThroughput ?? 0);

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

    /// <summary>Counts what the step served, turned away and earned, over <paramref name="seconds"/>.</summary>
    private void Record(StepPlan plan, double seconds)
    {
        double priceMultiplier = _schedule.MultiplierAt(plan.Start);
        for (int f = 0; f < _flows.Count; f++)
        {
            var flow = _flows[f];
            var sizes = flow.Sizes;
            double arrived = plan.Arrived[f] * seconds;
            double routed = 0;
            foreach (var (s, rtt, rate) in plan.Accepted[f])
            {
                double requests = rate * seconds;
                routed += requests;
                var pools = plan.Pools[s]!;
                for (int c = 0; c < pools.Length; c++)
                {
                    if (pools[c] is not null && plan.PoolShares[s][c] > 0)
                    {
                        _services.Add(s, c, flow.Class, flow, rtt, requests * plan.PoolShares[s][c]);
                    }
                }
            }

            double overflow = plan.Overflow[f] * seconds;
            double burst = 0, burstCost = 0;
            if (_routing.Overflow == OverflowKind.Burst && overflow > 0)
            {
                (burst, burstCost) = _partners.Take(flow.Region, overflow, seconds, sizes, plan.Start);
            }

            Span<double> routing = [arrived, routed, burst, overflow - burst];
            Whole(_routingCarry, (flow.Region, flow.Class), routing);
            AddRouting(_bucketRouting[flow.Region, flow.Class], routing, burstCost);
            AddRouting(_runRouting[flow.Region, flow.Class], routing, burstCost);

            _money.BurstUsd += burstCost;
            _money.PerTokenUsd += burst * TokenPrice(flow.Class, sizes) * priceMultiplier;
        }

        foreach (var ((s, c, k), share) in _services.TakeInOrder())
        {
            if (s == plan.RequestLevelSite)
            {
                continue; // served one by one in a site window: recorded as requests complete
            }

            Span<double> counts = [share.Requests, share.TokensIn, share.TokensOut];
            Whole(_carry, (s, c, k), counts);
            var service = Service(plan.Pools[s]![c]!, _sites[s].Clusters[c].Sku.Serving, _classes[k], share.Parts, (long)counts[0]);
            service.TokensIn = (long)counts[1];
            service.TokensOut = (long)counts[2];
            _sites[s].RecordFluidService(k, c, service);
            Served += service.Served;

            double price = 0;
            foreach (var (flow, _, part) in share.Parts)
            {
                price += part * TokenPrice(k, flow.Sizes) * priceMultiplier;
            }

            double missed = service.Served > 0 ? 1 - ((double)service.SloMet / service.Served) : 0;
            _money.PerTokenUsd += price;
            _money.SlaCreditsUsd += _pricing.SlaCreditUsd(price, missed);
        }
    }

    /// <summary>Latency points for <paramref name="served"/> requests of one class at one pool.</summary>
    private FluidService Service(ReplicaPool pool, Compute.ServingProfile profile, WorkloadClassSpec workload, List<(FluidFlow Flow, double Rtt, double Requests)> parts, long served)
    {
        var service = _service;
        service.Clear(served);
        if (served == 0)
        {
            return service;
        }

        double total = parts.Sum(p => p.Requests);
        int points = (int)Math.Min(LatencySamples, served);
        double batch = Math.Max(1, pool.MeanBatch);
        double decodePerToken = profile.DecodeStepSeconds((int)Math.Round(batch)) / Math.Max(1e-9, 1 - pool.PrefillShare(batch));
        for (int i = 0; i < points; i++)
        {
            long count = (served / points) + (i < served % points ? 1 : 0);
            // The stream this point stands for, in proportion to the requests each brought.
            double u = _random.NextUniform() * total;
            var part = parts[^1];
            foreach (var p in parts)
            {
                u -= p.Requests;
                if (u < 0)
                {
                    part = p;
                    break;
                }
            }

            var sizes = part.Flow.Sizes;
            int prompt = sizes.PromptPoints[_random.NextIndex(sizes.PromptPoints.Length)];
            int output = sizes.OutputPoints[_random.NextIndex(sizes.OutputPoints.Length)];
            double queueing = pool.SampleQueueingDelay(_random);
            double ttft = part.Rtt + queueing + profile.PrefillSeconds(prompt);
            double endToEnd = ttft + (Math.Max(0, output - 1) * decodePerToken);
            bool met = workload.MetSlo(ttft, endToEnd);
            service.SloMet += met ? count : 0;
            service.Points.Add((ttft, queueing, endToEnd, count));
        }

        return service;
    }

    private double TokenPrice(int workloadClass, TokenSizeMoments sizes) =>
        _prices[workloadClass].ListTokenRevenueUsd(sizes.MeanPromptTokens, sizes.MeanOutputTokens);

    /// <summary>Adds <paramref name="amounts"/> to the carried fractions of <paramref name="key"/> and replaces them by
    /// the whole parts taken out.</summary>
    private static void Whole<TKey>(Dictionary<TKey, double[]> carry, TKey key, Span<double> amounts)
        where TKey : notnull
    {
        if (!carry.TryGetValue(key, out var held))
        {
            carry[key] = held = new double[amounts.Length];
        }

        for (int i = 0; i < amounts.Length; i++)
        {
            held[i] += amounts[i];
            amounts[i] = Math.Floor(held[i] + 1e-9);
            held[i] -= amounts[i];
        }
    }

    private static void AddRouting(RoutingTally tally, ReadOnlySpan<double> whole, double burstCostUsd)
    {
        tally.Arrived += (long)whole[0];
        tally.Routed += (long)whole[1];
        tally.Burst += (long)whole[2];
        tally.Rejected += (long)whole[3];
        tally.BurstCostUsd += burstCostUsd;
    }

    /// <summary>What a solved pool is kept by: its rates (numbered as they are made), size, capacity and rate keys.</summary>
    private readonly record struct SolvedPoolKey(int RatesId, int Replicas, int Capacity, long Spilling, long Joining);

    private sealed record SiteLoad(double[] BusyGpus, double InSystem, double Waiting);

    private sealed class StepPlan(double start, double end, int sites, int flows)
    {
        public double Start { get; } = start;

        public double End { get; } = end;

        /// <summary>The site whose requests are simulated one by one over this step (a per-site window), or −1.</summary>
        public int RequestLevelSite { get; set; } = -1;

        public SiteLoad[] Loads { get; } = new SiteLoad[sites];

        public ReplicaPool?[]?[] Pools { get; } = new ReplicaPool?[sites][];

        public double[][] PoolShares { get; } = new double[sites][];

        public double[] Arrived { get; } = new double[flows];

        public double[] Overflow { get; } = new double[flows];

        public List<(int Site, double Rtt, double Rate)>[] Accepted { get; } = [.. Enumerable.Range(0, flows).Select(_ => new List<(int, double, double)>())];
    }
}
