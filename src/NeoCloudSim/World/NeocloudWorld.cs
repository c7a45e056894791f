using NeoCloudSim.Accounting;
using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Fluid;
using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.Pricing;
using NeoCloudSim.Requests;
using NeoCloudSim.Routing;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;

namespace NeoCloudSim.World;

/// <summary>
/// A neocloud during a run at request-level fidelity: the slow world (shells, power, GPU deliveries, failures) and
/// the fast one (every request arriving, routed, queued, batched and served) on one calendar, with results collected
/// per bucket.
/// </summary>
/// <remarks>Build it from a <see cref="Scenario"/> and a GPU catalog, add arrival streams, then <see cref="Run"/>.
/// One piece because it is the composition root: it wires sites, plan, drivers and book in the order the random
/// streams and the calendar's first entries depend on; the rules themselves live in the parts it wires.</remarks>
public sealed class NeocloudWorld : INamedEventHandler
{
    private readonly Scenario _scenario;
    private readonly List<Site> _sites = [];
    private readonly SiteDistance[][] _candidates; // per region, nearest first
    private readonly RequestTraffic _requestTraffic;
    private readonly PriceSchedule _prices;
    private readonly ClassPricingSpec[] _classPrices;
    private readonly RoutingTally[,] _bucketRouting;
    private readonly RoutingTally[,] _runRouting;
    private readonly MoneyAccumulator _money = new();
    private readonly BucketBook _book;
    private readonly BuildOutPlan _plan;
    private readonly List<DemandCurve> _curves = [];
    private readonly List<BuildOutEvent> _buildOut = [];
    private readonly List<RequestRecord> _requests = [];
    private readonly List<ArrivalFeeder> _feeders = [];
    private readonly RandomStream _sampling;
    private readonly double _horizon;
    private readonly double _bucketSeconds;
    private readonly FluidTraffic? _fluid;

    /// <summary>The fluid model, at fluid or hybrid fidelity (for tests of its routing iteration).</summary>
    internal FluidTraffic? Fluid => _fluid;

    private readonly Dictionary<(int Site, int Class, bool Busiest), ServiceTally> _windowLatency = [];
    private double _bucketStart;

    /// <summary>Builds the world of <paramref name="scenario"/> with the GPU SKUs of <paramref name="catalog"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="catalog">The GPU SKUs (the scenario's own SKUs replace those with the same id).</param>
    /// <param name="loadTrace">Reads a trace the scenario replays; by default the file at its path.</param>
    public NeocloudWorld(Scenario scenario, IReadOnlyList<GpuSku> catalog, Func<TraceSpec, IReadOnlyList<TraceRecord>>? loadTrace = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(catalog);
        _scenario = scenario;
        Simulation = new Simulation(scenario.Seed);
        Clock = new ScenarioClock(scenario.Start);
        _horizon = Durations.FromDays(scenario.HorizonDays);
        _bucketSeconds = Durations.FromHours(scenario.BucketHours);
        _sampling = Simulation.Random("request-sample");

        for (int i = 0; i < scenario.Sites.Count; i++)
        {
            var site = new Site(Simulation, scenario.Sites[i], i, scenario.Classes, _buildOut.Add);
            site.Completed = OnCompleted;
            _sites.Add(site);
        }

        var skus = new Dictionary<string, GpuSku>(StringComparer.Ordinal);
        foreach (var sku in catalog)
        {
            skus[sku.Id] = sku;
        }

        foreach (var sku in scenario.Catalog)
        {
            skus[sku.Id] = sku;
        }

        _plan = new BuildOutPlan(Simulation, Clock, scenario, _sites, skus, _buildOut.Add);

        _candidates = new SiteDistance[scenario.Regions.Count][];
        var regionIds = new string[scenario.Regions.Count];
        for (int r = 0; r < scenario.Regions.Count; r++)
        {
            regionIds[r] = scenario.Regions[r].Id;
            _candidates[r] = CandidatesFor(scenario, scenario.Regions[r].Id);
        }

        var routing = RoutingPolicy.Create(scenario.Routing);
        var partnerRoutes = new PartnerRoutes(scenario.Partners, regionIds);
        _prices = new PriceSchedule(scenario.Pricing, Clock);
        _classPrices = new ClassPricingSpec[scenario.Classes.Count];
        for (int c = 0; c < _classPrices.Length; c++)
        {
            _classPrices[c] = scenario.Pricing.For(scenario.Classes[c].Id);
        }

        _bucketRouting = NewRoutingTallies();
        _runRouting = NewRoutingTallies();
        _requestTraffic = new RequestTraffic(
            Simulation, scenario.Classes, _sites, _candidates, routing,
            scenario.Routing.Overflow == OverflowKind.Burst ? new PartnerPool(Simulation, partnerRoutes) : null,
            _bucketRouting, _runRouting, _money, TokenPrice);
        _book = new BucketBook(scenario.Classes.ConvertAll(c => c.Id), regionIds, scenario.Pricing, scenario.Money.DiscountRatePerYear, Clock, _classPrices, _prices);
        var load = loadTrace ?? (t => AzureTraceReader.Read(t.Path));
        var streams = scenario.Demand.ConvertAll(d => StreamFor(d, load));
        Fidelity = scenario.Fidelity == Fidelity.Auto ? FidelityChoice.For(scenario, _curves, _horizon) : scenario.Fidelity;
        var windows = Fidelity == Fidelity.Hybrid
            ? RequestWindows.Choose(scenario.Traffic, _curves, _horizon, Simulation.Random("hybrid/windows"), scenario.Sites.Count)
            : RequestWindows.None;
        Windows = windows;
        if (Fidelity == Fidelity.Requests || (Fidelity == Fidelity.Hybrid && !windows.PerSite))
        {
            for (int i = 0; i < streams.Count; i++)
            {
                var stream = streams[i].Stream;
                AddArrivals(scenario.Demand[i].Region, scenario.Demand[i].Class, Fidelity == Fidelity.Hybrid ? new WindowedArrivalStream(stream, windows) : stream);
            }
        }

        if (Fidelity is Fidelity.Fluid or Fidelity.Hybrid)
        {
            var flows = new List<FluidFlow>();
            for (int i = 0; i < streams.Count; i++)
            {
                var demand = scenario.Demand[i];
                int region = RegionIndex(demand.Region), workload = ClassIndex(demand.Class);
                flows.Add(streams[i].Curve is { } curve
                    ? new FluidFlow(region, workload, curve, new TokenSizeMoments(demand.PromptTokens, demand.OutputTokens))
                    : new FluidFlow(region, workload, StreamFor(demand, load).Stream)); // its own reader of the trace
            }

            _fluid = new FluidTraffic(new FluidInputs
            {
                Simulation = Simulation,
                Classes = scenario.Classes,
                Sites = _sites,
                Candidates = _candidates,
                Policy = routing,
                Partners = scenario.Routing.Overflow == OverflowKind.Burst ? new FluidPartners(partnerRoutes) : null,
                ClassPrices = _classPrices,
                Schedule = _prices,
                Pricing = scenario.Pricing,
                Money = _money,
                BucketRouting = _bucketRouting,
                RunRouting = _runRouting,
                Flows = flows,
                StepSeconds = scenario.Traffic.StepMinutes * 60,
                HorizonSeconds = _horizon,
                Windows = windows,
                ArriveAt = _requestTraffic.ArriveAt,
            });
        }

        _plan.AddSiteStartRules(scenario, _sites, skus, _curves);

        Simulation.ScheduleAt(Math.Min(_bucketSeconds, _horizon), this, 0, EventPriority.Late);
    }

    /// <summary>How this run simulates traffic (never auto: that is resolved).</summary>
    public Fidelity Fidelity { get; }

    /// <summary>The request-level windows of a hybrid run (none otherwise).</summary>
    public RequestWindows Windows { get; }

    /// <summary>The engine underneath.</summary>
    public Simulation Simulation { get; }

    /// <summary>The scenario's calendar.</summary>
    public ScenarioClock Clock { get; }

    /// <summary>The sites, in scenario order.</summary>
    public IReadOnlyList<Site> Sites => _sites;

    /// <summary>What each build-out rule saw at its checks: time (s), utilization over its window, whether it ordered.</summary>
    public IReadOnlyList<IReadOnlyList<(double Time, double Utilization, bool Ordered)>> RuleChecks =>
        _plan.Rules.ConvertAll(r => (IReadOnlyList<(double, double, bool)>)r.Checks);

    /// <summary>What each site-start rule saw at its checks.</summary>
    public IReadOnlyList<IReadOnlyList<(double Time, double GpusNeeded, int GpusOrdered, bool Started)>> SiteStartChecks =>
        _plan.SiteStartRules.ConvertAll(r => (IReadOnlyList<(double, double, int, bool)>)r.Checks);

    /// <summary>Index of the region named <paramref name="id"/>.</summary>
    public int RegionIndex(string id) => IndexOf(_scenario.Regions.ConvertAll(r => r.Id), id, "region");

    /// <summary>Index of the class named <paramref name="id"/>.</summary>
    public int ClassIndex(string id) => IndexOf(_scenario.Classes.ConvertAll(c => c.Id), id, "class");

    /// <summary>Adds a stream of requests from a region in a class.</summary>
    public void AddArrivals(string region, string workloadClass, IArrivalStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _feeders.Add(new ArrivalFeeder(Simulation, RegionIndex(region), ClassIndex(workloadClass), stream, _requestTraffic.Arrive));
    }

    /// <summary>Runs to the horizon and returns the results.</summary>
    /// <param name="progress">Called now and then with the share of the horizon done.</param>
    public RunResults Run(Action<double>? progress = null)
    {
        Simulation.Run(_horizon, progress);
        _fluid?.Finish(_horizon);
        if (_bucketStart < _horizon)
        {
            CloseBucket();
        }

        return Results();
    }

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => "NeocloudWorld BucketClose";

    /// <summary>Closes the current bucket (the world's only own calendar entry).</summary>
    public void Handle(long tag)
    {
        CloseBucket();
        double next = Math.Min(Simulation.Now + _bucketSeconds, _horizon);
        if (next > Simulation.Now && next < _horizon)
        {
            Simulation.ScheduleAt(next, this, 0, EventPriority.Late);
        }
    }

    private (IArrivalStream Stream, DemandCurve? Curve) StreamFor(DemandStreamSpec demand, Func<TraceSpec, IReadOnlyList<TraceRecord>> loadTrace)
    {
        if (demand.Trace is { } trace)
        {
            return (new TraceArrivalStream(loadTrace(trace), Durations.FromHours(trace.StartHours), trace.TimeScale, trace.Repeat, _horizon), null);
        }

        string name = $"demand/{demand.Region}/{demand.Class}";
        int region = RegionIndex(demand.Region);
        var price = _classPrices[ClassIndex(demand.Class)];
        double listPrice = price.Model == PriceModel.PerToken ? price.OutputUsdPerMillionTokens : price.UsdPerGpuHour;
        var curve = new DemandCurve(
            demand.Curve,
            Clock,
            _scenario.Regions[region].UtcOffsetHours,
            t => listPrice * _prices.MultiplierAt(t),
            Simulation.Random(name + "/noise"));
        _curves.Add(curve);
        var sizes = new RequestSizes(demand.PromptTokens, demand.OutputTokens, Simulation.Random(name + "/sizes"));
        return (new PoissonArrivalStream(curve, sizes, Simulation.Random(name + "/arrivals"), _horizon), curve);
    }

    private void OnCompleted(InferenceRequest request, bool metSlo)
    {
        if (Fidelity == Fidelity.Hybrid)
        {
            var key = (request.Site, request.Class, Windows.IsBusiest(request.ArrivedAt));
            if (!_windowLatency.TryGetValue(key, out var window))
            {
                _windowLatency[key] = window = new ServiceTally();
            }

            window.Served++;
            window.TtftSeconds.Add(request.TtftSeconds);
            window.QueueingDelaySeconds.Add(request.QueueingDelaySeconds);
            window.EndToEndSeconds.Add(request.EndToEndSeconds);
        }

        double price = TokenPrice(request);
        _money.PerTokenUsd += price;
        if (!metSlo)
        {
            _money.SlaCreditsUsd += _scenario.Pricing.SlaCreditUsd(price, missedShare: 1);
        }

        if (_scenario.RequestSampleShare > 0 && _sampling.NextUniform() < _scenario.RequestSampleShare)
        {
            _requests.Add(new RequestRecord
            {
                Id = request.Id,
                ArrivedAt = Clock.ToUtc(request.ArrivedAt),
                Region = _scenario.Regions[request.Region].Id,
                Class = _scenario.Classes[request.Class].Id,
                Site = _sites[request.Site].Id,
                PromptTokens = request.PromptTokens,
                OutputTokens = request.OutputTokens,
                RttMs = request.RoundTripSeconds * 1000,
                QueueingDelayMs = request.QueueingDelaySeconds * 1000,
                TtftMs = request.TtftSeconds * 1000,
                E2eMs = request.EndToEndSeconds * 1000,
                Restarts = request.Restarts,
                SloMet = metSlo,
            });
        }
    }

    /// <summary>Revenue of a request of a per-token class at the current price; 0 for GPU-hour classes.</summary>
    private double TokenPrice(InferenceRequest request)
    {
        double list = _classPrices[request.Class].ListTokenRevenueUsd(request.PromptTokens, request.OutputTokens);
        return list == 0 ? 0 : list * _prices.MultiplierAt(Simulation.Now);
    }

    private void CloseBucket()
    {
        double now = Simulation.Now;
        if (now > _bucketStart) // an empty bucket has no rows; the sites keep theirs
        {
            var snapshots = new SiteBucketSnapshot[_sites.Count];
            for (int s = 0; s < snapshots.Length; s++)
            {
                snapshots[s] = _sites[s].CloseBucket(_bucketStart, now);
            }

            _book.Close(_bucketStart, now, snapshots, _bucketRouting, _money);
        }

        for (int r = 0; r < _bucketRouting.GetLength(0); r++)
        {
            for (int c = 0; c < _bucketRouting.GetLength(1); c++)
            {
                _bucketRouting[r, c] = new RoutingTally();
            }
        }

        _money.Clear();
        _bucketStart = now;
    }

    private RunResults Results()
    {
        if (Fidelity == Fidelity.Hybrid)
        {
            WeighWindowLatency();
        }

        var serviceTotals = new List<(string, string, ServiceTally)>();
        foreach (var site in _sites)
        {
            for (int c = 0; c < _scenario.Classes.Count; c++)
            {
                serviceTotals.Add((site.Id, _scenario.Classes[c].Id, site.RunTallies[c]));
            }
        }

        var routingTotals = new List<(string, string, RoutingTally)>();
        for (int r = 0; r < _scenario.Regions.Count; r++)
        {
            for (int c = 0; c < _scenario.Classes.Count; c++)
            {
                routingTotals.Add((_scenario.Regions[r].Id, _scenario.Classes[c].Id, _runRouting[r, c]));
            }
        }

        int inFlight = 0;
        foreach (var site in _sites)
        {
            inFlight += site.InSystem;
        }

        var summary = RunProjection.Summarize(_book, _scenario, serviceTotals, routingTotals, inFlight, Simulation.EventsProcessed) with
        {
            Fidelity = Fidelity.ToString().ToLowerInvariant(),
        };
        return new RunResults
        {
            Summary = summary,
            Sites = _book.SiteRows,
            Classes = _book.ClassRows,
            Routing = _book.RoutingRows,
            Money = _book.MoneyRows,
            Skus = _book.SkuRows,
            Latency = _book.LatencyRows,
            TtftDistribution = RunProjection.TtftDistribution(_scenario, serviceTotals),
            BuildOut = [.. _buildOut.OrderBy(e => e.TimeSeconds)], // stable: what happened before the start keeps its date
            Requests = _requests,
            ServiceTotals = serviceTotals,
            RoutingTotals = routingTotals,
        };
    }

    /// <summary>
    /// A hybrid run's latency over the whole run, from its request-level windows: the busiest-hour windows count as the
    /// hours they are, the random ones stand for all the other requests (a stratified sample), each class apart.
    /// Replaces the run tallies' distributions (counts stay the fluid model's and the windows' together).
    /// </summary>
    private void WeighWindowLatency()
    {
        const long Scale = 1000; // weights are whole: scaled so that a fractional weight keeps three digits
        for (int c = 0; c < _scenario.Classes.Count; c++)
        {
            long served = 0, busiest = 0, random = 0;
            foreach (var site in _sites)
            {
                served += site.RunTallies[c].Served;
                busiest += _windowLatency.TryGetValue((site.Index, c, true), out var b) ? b.Served : 0;
                random += _windowLatency.TryGetValue((site.Index, c, false), out var r) ? r.Served : 0;
            }

            if (busiest + random == 0)
            {
                continue; // no window saw the class: its run distribution stays the fluid model's
            }

            double randomWeight = random > 0 ? (double)(served - busiest) / random : 0;
            long busiestWeight = random > 0 ? Scale : (long)Math.Round(Scale * (double)served / busiest);
            foreach (var site in _sites)
            {
                var run = site.RunTallies[c];
                run.TtftSeconds.Reset();
                run.QueueingDelaySeconds.Reset();
                run.EndToEndSeconds.Reset();
                foreach (var (isBusiest, weight) in new[] { (true, busiestWeight), (false, (long)Math.Round(Scale * randomWeight)) })
                {
                    if (_windowLatency.TryGetValue((site.Index, c, isBusiest), out var window))
                    {
                        run.TtftSeconds.Merge(window.TtftSeconds, weight);
                        run.QueueingDelaySeconds.Merge(window.QueueingDelaySeconds, weight);
                        run.EndToEndSeconds.Merge(window.EndToEndSeconds, weight);
                    }
                }
            }
        }
    }

    private RoutingTally[,] NewRoutingTallies()
    {
        var tallies = new RoutingTally[_scenario.Regions.Count, _scenario.Classes.Count];
        for (int r = 0; r < tallies.GetLength(0); r++)
        {
            for (int c = 0; c < tallies.GetLength(1); c++)
            {
                tallies[r, c] = new RoutingTally();
            }
        }

        return tallies;
    }

    private SiteDistance[] CandidatesFor(Scenario scenario, string region)
    {
        var list = new List<SiteDistance>();
        scenario.LatencyMs.TryGetValue(region, out var row);
        foreach (var site in _sites)
        {
            if (row is not null && row.TryGetValue(site.Id, out double ms))
            {
                list.Add(new SiteDistance(site, ms / 1000));
            }
        }

        list.Sort((a, b) => a.RoundTripSeconds != b.RoundTripSeconds
            ? a.RoundTripSeconds.CompareTo(b.RoundTripSeconds)
            : a.Site.Index.CompareTo(b.Site.Index));
        return [.. list];
    }

    private static int IndexOf(List<string> ids, string id, string what)
    {
        int index = ids.IndexOf(id);
        return index >= 0 ? index : throw new ArgumentException($"Unknown {what} '{id}'.", nameof(id));
    }
}
