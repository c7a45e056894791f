using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;

namespace NeoCloudSim.Strategy;

/// <summary>A <see cref="SiteStartRuleSpec"/> during a run: projects demand at each check and starts the site once.</summary>
internal sealed class SiteStartRule : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly SiteStartRuleSpec _spec;
    private readonly IReadOnlyList<Site> _fleet;
    private readonly IReadOnlyList<DemandCurve> _demand;
    private readonly Action _start;

    public SiteStartRule(Simulation simulation, SiteStartRuleSpec spec, IReadOnlyList<Site> fleet, IReadOnlyList<DemandCurve> demand, Action start)
    {
        _simulation = simulation;
        _spec = spec;
        _fleet = fleet;
        _demand = demand;
        _start = start;
        simulation.Schedule(0, this, 0, EventPriority.Late);
    }

    /// <summary>What the rule saw at each check: time (s), GPUs needed at the lookahead, GPUs ordered, whether it fired.</summary>
    public List<(double Time, double GpusNeeded, int GpusOrdered, bool Started)> Checks { get; } = [];

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => "SiteStartRule Check";

    public void Handle(long tag)
    {
        double now = _simulation.Now;
        double projectedRate = 0;
        foreach (var curve in _demand)
        {
            projectedRate += curve.ExpectedRatePerSecond(now + Durations.FromMonths(_spec.LookaheadMonths));
        }

        int ordered = 0;
        foreach (var site in _fleet)
        {
            foreach (var cluster in site.Clusters)
            {
                ordered += cluster.Ordered;
            }
        }

        double needed = projectedRate * _spec.GpusPerRequestPerSecond;
        bool start = needed > ordered;
        Checks.Add((now, needed, ordered, start));
        if (start)
        {
            _start();
            return; // fires once
        }

        _simulation.Schedule(Durations.FromDays(_spec.CheckEveryDays), this, 0, EventPriority.Late);
    }
}
