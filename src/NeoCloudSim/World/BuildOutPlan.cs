using NeoCloudSim.Compute;
using NeoCloudSim.Engine;
using NeoCloudSim.Metrics;
using NeoCloudSim.Power;
using NeoCloudSim.Sites;
using NeoCloudSim.Strategy;
using NeoCloudSim.Time;

namespace NeoCloudSim.World;

/// <summary>
/// The dated build-out plan as events: shells finished, feeds requested and energized phase by phase, GPUs ordered
/// and delivered. Dates before the scenario's start take effect at the start; times to power are drawn from each
/// feed's distribution with the stream "power/SITE/FEED".
/// </summary>
internal sealed class BuildOutPlan : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly List<Action> _actions = [];
    private readonly Action<BuildOutEvent> _log;
    private readonly ScenarioClock _clock;

    public BuildOutPlan(
        Simulation simulation,
        ScenarioClock clock,
        Scenario scenario,
        IReadOnlyList<Site> sites,
        IReadOnlyDictionary<string, GpuSku> catalog,
        Action<BuildOutEvent> log)
    {
        _simulation = simulation;
        _log = log;
        _clock = clock;
        foreach (var site in sites)
        {
            if (!site.Spec.StartedByRule)
            {
                StartSite(site, clock.ToSeconds(site.Spec.Shell.BuildStart), f => clock.ToSeconds(f.RequestedOn));
            }
        }

        foreach (var order in scenario.Orders)
        {
            var site = FindSite(sites, order.Site);
            var sku = catalog[order.Sku];
            var cluster = site.ClusterFor(sku);
            double orderedAt = clock.ToSeconds(order.OrderedOn);
            var (price, leadTime) = sku.ScarcityAt(order.OrderedOn);
            At(orderedAt, () => site.Order(cluster, order.Gpus));
            At(orderedAt + Durations.FromDays(sku.LeadTimeDays * leadTime), () => site.Deliver(cluster, order.Gpus, sku.PriceUsdPerGpu * price));
        }

        foreach (var contract in scenario.Contracts)
        {
            var site = FindSite(sites, contract.Site);
            double start = clock.ToSeconds(contract.Start);
            At(start, () => site.AddContract(contract.Gpus, contract.UsdPerGpuHour));
            At(start + Durations.FromMonths(contract.TermMonths), () => site.RemoveContract(contract.Gpus, contract.UsdPerGpuHour));
        }

        foreach (var rule in scenario.Rules)
        {
            var site = FindSite(sites, rule.Site);
            Rules.Add(new UtilizationOrderRule(simulation, rule, site, catalog[rule.Sku], (cluster, gpus) => PlaceOrder(site, cluster, gpus)));
        }
    }

    /// <summary>Creates the site-start rules; called once the demand curves exist.</summary>
    public void AddSiteStartRules(Scenario scenario, IReadOnlyList<Site> sites, IReadOnlyDictionary<string, GpuSku> catalog, IReadOnlyList<Demand.DemandCurve> demand)
    {
        foreach (var rule in scenario.SiteStartRules)
        {
            var site = FindSite(sites, rule.Site);
            var cluster = site.ClusterFor(catalog[rule.Sku]);
            SiteStartRules.Add(new SiteStartRule(_simulation, rule, sites, demand, () =>
            {
                StartSite(site);
                if (rule.Gpus > 0)
                {
                    PlaceOrder(site, cluster, rule.Gpus);
                }
            }));
        }
    }

    /// <summary>The site-start rules, in scenario order.</summary>
    public List<SiteStartRule> SiteStartRules { get; } = [];

    /// <summary>The build-out rules, in scenario order.</summary>
    public List<UtilizationOrderRule> Rules { get; } = [];

    private const int PlannedAction = 0;

    public void Handle(long tag) => _actions[EventTag.Unpack(tag).Index]();

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => $"BuildOutPlan action {tag.Index} (order, delivery, shell or feed phase)";

    /// <summary>Orders GPUs now; they arrive after the SKU's lead time.</summary>
    public void PlaceOrder(Site site, Cluster cluster, int gpus)
    {
        var sku = cluster.Sku;
        var (price, leadTime) = sku.ScarcityAt(_clock.ToUtc(_simulation.Now));
        site.Order(cluster, gpus);
        At(_simulation.Now + Durations.FromDays(sku.LeadTimeDays * leadTime), () => site.Deliver(cluster, gpus, sku.PriceUsdPerGpu * price));
    }

    /// <summary>Starts <paramref name="site"/> now: shell construction begins, feeds are requested (site-start rules).</summary>
    public void StartSite(Site site) => StartSite(site, _simulation.Now, _ => _simulation.Now);

    private void StartSite(Site site, double buildStart, Func<PowerFeedSpec, double> requestedAt)
    {
        double builtAt = buildStart + Durations.FromMonths(site.Spec.Shell.BuildMonths);
        At(builtAt, () => site.ShellBuilt(builtAt));
        for (int f = 0; f < site.Spec.Feeds.Count; f++)
        {
            PlanFeed(site, site.Spec.Feeds[f], f, requestedAt(site.Spec.Feeds[f]), _log);
        }
    }

    private void PlanFeed(Site site, PowerFeedSpec spec, int index, double requestedAt, Action<BuildOutEvent> log)
    {
        var random = _simulation.Random($"power/{site.Id}/{index}");
        double firstPowerAt = requestedAt + Durations.FromMonths(spec.TimeToPowerMonths.SampleMonths(random));
        var feed = site.AddFeed(spec, requestedAt, firstPowerAt);
        At(requestedAt, () => log(new BuildOutEvent(Math.Min(requestedAt, _simulation.Now), BuildOutEventKind.FeedRequested, site.Id, "", 0, spec.Megawatts, index)));
        for (int phase = 0; phase < feed.Phases; phase++)
        {
            double megawatts = feed.MegawattsAfterPhase(phase);
            double energizedAt = firstPowerAt + Durations.FromMonths(phase * spec.PhaseIntervalMonths);
            At(energizedAt, () => site.Energize(feed, megawatts, energizedAt));
        }
    }

    /// <summary>Schedules <paramref name="action"/> at <paramref name="seconds"/>; what was due before the start happens at it.</summary>
    private void At(double seconds, Action action)
    {
        _actions.Add(action);
        _simulation.ScheduleAt(Math.Max(seconds, _simulation.Now), this, new EventTag(PlannedAction, _actions.Count - 1));
    }

    private static Site FindSite(IReadOnlyList<Site> sites, string id)
    {
        foreach (var site in sites)
        {
            if (site.Id == id)
            {
                return site;
            }
        }

        throw new ArgumentException($"Order for unknown site '{id}'.", nameof(id));
    }
}
