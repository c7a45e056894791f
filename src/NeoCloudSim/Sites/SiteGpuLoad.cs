using NeoCloudSim.Compute;
using NeoCloudSim.Engine;
using NeoCloudSim.Metrics;

namespace NeoCloudSim.Sites;

/// <summary>
/// A site's GPUs by state and the IT power they draw: GPUs up and busy (one by one, and the busy GPUs a flow-level
/// driver adds, capped at what is up and not otherwise busy), their GPU-seconds since the start, and the drawn power
/// (idle share for every GPU up, the rest for busy ones).
/// </summary>
internal sealed class SiteGpuLoad
{
    private readonly Simulation _simulation;
    private readonly SiteMonitors _monitors;
    private readonly IReadOnlyList<Cluster> _clusters;
    private double _busyExtraMegawatts; // busy replicas' draw above their idle share
    private double _busyGpuSeconds; // since the start, up to _levelsSince
    private double _upGpuSeconds;
    private double _levelsSince;
    private double[] _flowBusyWanted = []; // per cluster: busy GPUs the flow-level driver asks for
    private double[] _flowBusyGpus = []; // the same, capped at the GPUs up and not busy otherwise
    private double _flowBusyTotal;
    private double _flowExtraMegawatts;

    public SiteGpuLoad(Simulation simulation, SiteMonitors monitors, IReadOnlyList<Cluster> clusters)
    {
        _simulation = simulation;
        _monitors = monitors;
        _clusters = clusters;
    }

    /// <summary>GPUs of replicas serving at least one request (or rented to a contract).</summary>
    public int BusyGpus { get; private set; }

    /// <summary>GPUs installed and up.</summary>
    public int UpGpus { get; private set; }

    /// <summary>Busy GPU-seconds from the start to <paramref name="now"/>, flows included.</summary>
    public double BusyGpuSecondsSoFar(double now) => _busyGpuSeconds + ((BusyGpus + _flowBusyTotal) * (now - _levelsSince));

    /// <summary>Up GPU-seconds from the start to <paramref name="now"/>.</summary>
    public double UpGpuSecondsSoFar(double now) => _upGpuSeconds + UpGpus * (now - _levelsSince);

    /// <summary>A replica of <paramref name="cluster"/> became busy or idle.</summary>
    public void ReplicaBusyChanged(Cluster cluster, bool busy)
    {
        AccumulateGpuSeconds();
        var sku = cluster.Sku;
        double extra = cluster.GpusPerReplica * sku.PowerKwPerGpu * (1 - sku.IdlePowerShare) / 1000;
        _busyExtraMegawatts += busy ? extra : -extra;
        BusyGpus += busy ? cluster.GpusPerReplica : -cluster.GpusPerReplica;
        cluster.Busy += busy ? cluster.GpusPerReplica : -cluster.GpusPerReplica;
        cluster.BusyLevel.Update(_simulation.Now, cluster.Busy + FlowBusy(cluster.Index));
        _monitors.Busy.Update(_simulation.Now, BusyGpus + _flowBusyTotal);
        UpdateDrawnPower();
    }

    /// <summary>GPUs were delivered, installed, failed or repaired: the GPU levels and what follows from them.</summary>
    public void GpusChanged()
    {
        AccumulateGpuSeconds();
        int delivered = 0, installed = 0, up = 0;
        foreach (var cluster in _clusters)
        {
            delivered += cluster.Delivered;
            installed += cluster.Installed;
            up += cluster.Up;
            cluster.UpLevel.Update(_simulation.Now, cluster.Up);
        }

        double now = _simulation.Now;
        _monitors.Delivered.Update(now, delivered);
        _monitors.Installed.Update(now, installed);
        _monitors.Up.Update(now, up);
        UpGpus = up;
        _monitors.Stranded.Update(now, delivered - installed);
        if (_flowBusyWanted.Length > 0)
        {
            ApplyFlowBusy(); // GPUs up changed: the flow load's cap with them (it updates the drawn power)
        }
        else
        {
            UpdateDrawnPower();
        }
    }

    /// <summary>Sets the busy GPUs per cluster a flow-level driver asks for, from now on.</summary>
    public void SetFlowBusy(double[] busyGpusPerCluster)
    {
        _flowBusyWanted = busyGpusPerCluster;
        ApplyFlowBusy();
    }

    /// <summary>Caps the flow load again after GPUs changed hands (a replica dedicated to or freed from a contract).</summary>
    public void ReapplyFlowBusy()
    {
        if (_flowBusyWanted.Length > 0)
        {
            ApplyFlowBusy();
        }
    }

    /// <summary>
    /// Sets the flow driver's busy GPUs from what it asked for, each cluster's capped at its GPUs up and not otherwise
    /// busy: a failure too small to solve the step again takes its GPUs out of the busy ones at once.
    /// </summary>
    private void ApplyFlowBusy()
    {
        AccumulateGpuSeconds();
        double now = _simulation.Now;
        if (_flowBusyGpus.Length != _flowBusyWanted.Length)
        {
            _flowBusyGpus = new double[_flowBusyWanted.Length];
        }

        _flowBusyTotal = 0;
        _flowExtraMegawatts = 0;
        foreach (var cluster in _clusters)
        {
            if (cluster.Index >= _flowBusyGpus.Length)
            {
                continue;
            }

            double busy = Math.Min(_flowBusyWanted[cluster.Index], Math.Max(0, cluster.Up - cluster.Busy));
            _flowBusyGpus[cluster.Index] = busy;
            _flowBusyTotal += busy;
            _flowExtraMegawatts += busy * cluster.Sku.PowerKwPerGpu * (1 - cluster.Sku.IdlePowerShare) / 1000;
            cluster.BusyLevel.Update(now, cluster.Busy + busy);
        }

        _monitors.Busy.Update(now, BusyGpus + _flowBusyTotal);
        UpdateDrawnPower();
    }

    private void AccumulateGpuSeconds()
    {
        double now = _simulation.Now;
        _busyGpuSeconds += (BusyGpus + _flowBusyTotal) * (now - _levelsSince);
        _upGpuSeconds += UpGpus * (now - _levelsSince);
        _levelsSince = now;
    }

    private void UpdateDrawnPower()
    {
        // Idle share of full power for every GPU up, plus the rest for busy ones; down GPUs draw nothing.
        double megawatts = _busyExtraMegawatts + _flowExtraMegawatts;
        foreach (var cluster in _clusters)
        {
            megawatts += cluster.Up * cluster.Sku.PowerKwPerGpu * cluster.Sku.IdlePowerShare / 1000;
        }

        _monitors.DrawnItMegawatts.Update(_simulation.Now, Math.Max(0, megawatts));
    }

    private double FlowBusy(int cluster) => cluster < _flowBusyGpus.Length ? _flowBusyGpus[cluster] : 0;
}
