using NeoCloudSim.Compute;
using NeoCloudSim.Engine;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;

namespace NeoCloudSim.Strategy;

/// <summary>
/// A <see cref="UtilizationOrderRuleSpec"/> during a run. It samples the site's cumulative busy and up GPU-seconds at
/// each check and keeps the samples of the last window, so the utilization it acts on is exactly busy / up over the
/// window (or since the start, before a full window has passed).
/// </summary>
internal sealed class UtilizationOrderRule : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly UtilizationOrderRuleSpec _spec;
    private readonly Site _site;
    private readonly Cluster _cluster;
    private readonly Action<Cluster, int> _order;
    private readonly Queue<(double Time, double Busy, double Up)> _samples = new();
    private int _orders;

    public UtilizationOrderRule(Simulation simulation, UtilizationOrderRuleSpec spec, Site site, GpuSku sku, Action<Cluster, int> order)
    {
        _simulation = simulation;
        _spec = spec;
        _site = site;
        _cluster = site.ClusterFor(sku);
        _order = order;
        _samples.Enqueue((0, 0, 0));
        simulation.Schedule(Durations.FromDays(spec.CheckEveryDays), this, 0, EventPriority.Late);
    }

    /// <summary>Utilizations seen at each check, for reports and tests.</summary>
    public List<(double Time, double Utilization, bool Ordered)> Checks { get; } = [];

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => $"UtilizationOrderRule {_site.Id}/{_cluster.Sku.Id} Check";

    public void Handle(long tag)
    {
        double now = _simulation.Now;
        double busy = _site.BusyGpuSecondsSoFar(now);
        double up = _site.UpGpuSecondsSoFar(now);
        while (_samples.Count > 1 && _samples.Peek().Time < now - Durations.FromDays(_spec.WindowDays) - 1e-6)
        {
            _samples.Dequeue();
        }

        var oldest = _samples.Peek();
        double utilization = up > oldest.Up ? (busy - oldest.Busy) / (up - oldest.Up) : 0;
        bool order = utilization > _spec.Threshold && _orders < _spec.MaxOrders;
        if (order)
        {
            _orders++;
            _order(_cluster, _spec.Gpus);
        }

        Checks.Add((now, utilization, order));
        _samples.Enqueue((now, busy, up));
        _simulation.Schedule(Durations.FromDays(_spec.CheckEveryDays), this, 0, EventPriority.Late);
    }
}
