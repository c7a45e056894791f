using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Fluid;

/// <summary>
/// Traffic as flows, one step at a time: at each step every demand stream's mean rate is routed to the sites in the
/// routing policy's order, each site's serving replicas are solved as a birth–death queue (<see cref="Numerics.ReplicaPool"/>),
/// what a site turns away spills to the stream's next site and then to partners or rejection, and the step's
/// utilization, power, served requests, tokens, latency and money are recorded as the request-level model records
/// them. The slow world — power, deliveries, failures, contracts — runs on the same calendar, event by event.
/// </summary>
/// <remarks>
/// A step's load is set on the sites when the step starts (so utilization, power and energy integrate it), and its
/// requests are counted when it ends, in the bucket they belong to. Fractions of requests and tokens are carried to
/// the next step, so counts stay whole and nothing is lost. Latency is recorded as <see cref="StepRecorder.LatencySamples"/> points
/// per class, site and step, drawn from the queue's stationary state, each standing for its share of the requests.
/// </remarks>
internal sealed class FluidTraffic : INamedEventHandler
{
    private const int Step = 0;
    private const int Replan = 1;

    private readonly Simulation _simulation;
    private readonly IReadOnlyList<Site> _sites;
    private readonly IReadOnlyList<FluidFlow> _flows;
    private readonly double _step;
    private readonly double _horizon;
    private readonly RequestWindows _windows;
    private readonly Action<int, int, int, int, int, double>? _arriveAt; // a site window's request: site, region, class, prompt, output, rtt
    private readonly RandomStream _windowRandom;
    private readonly StepRouting _routing;
    private readonly StepRecorder _recorder;
    private int _windowSite = -1;
    private double _windowEnd = double.NegativeInfinity;
    private StepPlan? _current;
    private SiteLoad?[]? _lastLoads;
    private bool _replanPending;

    public FluidTraffic(FluidInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var simulation = inputs.Simulation;
        _arriveAt = inputs.ArriveAt;
        _windowRandom = simulation.Random("hybrid/site-windows");
        _simulation = simulation;
        _sites = inputs.Sites;
        _flows = inputs.Flows;
        _step = inputs.StepSeconds;
        _horizon = inputs.HorizonSeconds;
        _windows = inputs.Windows;
        var flows = inputs.Flows;
        var candidates = inputs.Candidates;
        int[][] flowsAt = [.. _sites.Select(site => Enumerable.Range(0, flows.Count).Where(f => Array.Exists(candidates[flows[f].Region], c => ReferenceEquals(c.Site, site))).ToArray())];
        _recorder = new StepRecorder(inputs, simulation.Random("fluid/latency"));
        var cache = new PoolCache(flows, flowsAt, inputs.Policy.MaxWaitingPerSlot);
        _routing = new StepRouting(inputs.Classes, _sites, candidates, flows, inputs.Policy, cache);
        simulation.ScheduleAt(0, this, new EventTag(Step));
        foreach (var site in _sites)
        {
            site.FlowLoad.ServingChanged += OnServingChanged;
        }
    }

    /// <summary>Steps whose routing iteration stopped at its most passes without settling.</summary>
    internal int CappedSteps => _routing.CappedSteps;

    /// <summary>The most passes a step's routing iteration took.</summary>
    internal int MostPasses => _routing.MostPasses;

    /// <summary>Requests the fluid model served (for the summary's share of individually simulated requests).</summary>
    public long Served => _recorder.Served;

    /// <inheritdoc/>
    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => tag.Kind == Replan ? "FluidTraffic Replan (serving replicas moved)" : "FluidTraffic Step";

    public void Handle(long tag)
    {
        double now = _simulation.Now;
        if (EventTag.Unpack(tag).Kind == Replan)
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
        _simulation.ScheduleAt(end, this, new EventTag(Step));
    }

    /// <summary>Called when a site's serving replicas change: the step is solved again from now (once per instant) if
    /// the change is material (see <see cref="ServingMoved"/>).</summary>
    public void OnServingChanged()
    {
        if (!_replanPending && _current is not null)
        {
            _replanPending = true;
            _simulation.ScheduleAt(_simulation.Now, this, new EventTag(Replan));
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
            var serving = _sites[s].FlowLoad.ServingReplicas();
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
            site.FlowLoad.SetLoad(load?.BusyGpus ?? [], load?.InSystem ?? 0, load?.Waiting ?? 0);
        }
    }

    /// <summary>Records the step under way up to <paramref name="now"/> (called at each step's end, and at the horizon).</summary>
    public void Finish(double now)
    {
        if (_current is not { } plan || now <= plan.Start)
        {
            return;
        }

        _recorder.Record(plan, now - plan.Start);
        _current = null;
    }

    /// <summary>Routes every flow's mean rate over [start, end) and solves the sites' queues.</summary>
    private StepPlan Plan(double start, double end, double[]? knownRates = null)
    {
        var rates = knownRates ?? new double[_flows.Count];
        for (int f = 0; f < _flows.Count && knownRates is null; f++)
        {
            rates[f] = _flows[f].MeanRate(start, end);
        }

        var plan = _routing.Solve(start, end, rates, _lastLoads);
        _lastLoads = plan.Loads;
        return plan;
    }
}
