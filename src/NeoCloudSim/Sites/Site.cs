using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Metrics;
using NeoCloudSim.Power;
using NeoCloudSim.Serving;
using NeoCloudSim.Time;

namespace NeoCloudSim.Sites;

/// <summary>
/// A site during a run: its shell and power, its GPU clusters and their replicas, its queue of requests, and the
/// levels and tallies that become its results.
/// </summary>
/// <remarks>
/// A façade over parts with one reason to change each: the <see cref="AdmissionQueue"/> (queue and patience), the
/// <see cref="ReplicaFleet"/> (clusters and replicas), <see cref="SitePower"/> and <see cref="SiteGpuLoad"/> (power,
/// GPUs by state, drawn power), <see cref="SiteReservations"/> (contracts) and the <see cref="SiteLedger"/> (tallies).
/// The site itself only sequences what one change means for several parts: a delivery, a failure, a repair, a replica
/// dedicated to a contract. GPUs are installed in whole replicas, in delivery order, as soon as usable IT power allows;
/// what power cannot take stays stranded. Each replica fails at the rate of its GPUs' interruptions (GPUs / MTBF) and
/// is repaired after an exponential time with the SKU's mean; its requests go back to the front of the queue.
/// One piece because each of its methods sequences one change across several parts in the order results depend on
/// (the calendar's insertion order and the failure stream's draws); its state lives in the parts, and what remains
/// here is that sequencing and the public figures routing and results read.
/// </remarks>
public sealed class Site : IReplicaHost, INamedEventHandler, IFlowLoad
{
    private const int Failure = 0;
    private const int RepairDone = 1;

    private readonly Simulation _simulation;
    private readonly WorkloadClassSpec[] _classes; // arrays, not IReadOnlyList: indexed on every request without interface calls
    private readonly Action<BuildOutEvent> _log;
    private readonly RandomStream _failures;
    private readonly AdmissionQueue _admission;
    private readonly ReplicaFleet _fleet = new();
    private readonly SiteGpuLoad _load;
    private readonly SiteReservations _reservations;
    private readonly SiteLedger _ledger;
    private readonly Action<Replica, bool> _setReserved;
    private Action? _servingChanged;

    internal Site(
        Simulation simulation,
        SiteSpec spec,
        int index,
        IReadOnlyList<WorkloadClassSpec> classes,
        Action<BuildOutEvent> log)
    {
        _simulation = simulation;
        Spec = spec;
        Index = index;
        _classes = [.. classes];
        _log = log;
        _failures = simulation.Random($"failures/{spec.Id}");
        Power = new SitePower(spec.Pue);
        Monitors = new SiteMonitors(simulation.Now);
        _admission = new AdmissionQueue(simulation, _classes, Monitors, Abandon);
        _load = new SiteGpuLoad(simulation, Monitors, _fleet.Clusters);
        _reservations = new SiteReservations(_fleet, Monitors);
        _ledger = new SiteLedger(_classes.Length);
        _setReserved = SetReserved;
    }

    /// <summary>The site as the scenario describes it.</summary>
    public SiteSpec Spec { get; }

    /// <summary>Position of the site in the scenario.</summary>
    public int Index { get; }

    /// <summary>Id of the site.</summary>
    public string Id => Spec.Id;

    /// <summary>The site's power position.</summary>
    public SitePower Power { get; }

    /// <summary>The GPU clusters, one per SKU, in the order first ordered.</summary>
    public IReadOnlyList<Cluster> Clusters => _fleet.Clusters;

    /// <summary>Time-weighted levels over the current bucket.</summary>
    public SiteMonitors Monitors { get; }

    /// <summary>Per class, what happened since the start of the run.</summary>
    public IReadOnlyList<ServiceTally> RunTallies => _ledger.Run;

    /// <summary>Per class, what happened in the current bucket.</summary>
    public IReadOnlyList<ServiceTally> BucketTallies => _ledger.Bucket;

    /// <summary>Replicas installed (up or down).</summary>
    public int Replicas => _fleet.Replicas.Count;

    /// <summary>Replicas up.</summary>
    public int UpReplicas => _fleet.UpReplicas;

    /// <summary>Requests waiting in the queue.</summary>
    public int Waiting => _admission.Waiting;

    /// <summary>Requests at the site, waiting or being served.</summary>
    public int InSystem => _admission.InSystem;

    /// <summary>Batch slots of the replicas that are up.</summary>
    public int Slots => _fleet.Slots;

    /// <summary>GPUs of replicas serving at least one request.</summary>
    public int BusyGpus => _load.BusyGpus;

    /// <summary>GPUs installed and up.</summary>
    public int UpGpus => _load.UpGpus;

    /// <summary>Moving average of the time requests spend in a replica, in seconds (for routing estimates).</summary>
    public double RecentServiceSeconds => _ledger.RecentServiceSeconds;

    /// <summary>Cheapest energy price among energized feeds, USD per MWh (+∞ with none).</summary>
    public double MarginalEnergyPriceUsdPerMwh
    {
        get
        {
            double best = double.PositiveInfinity;
            foreach (var feed in Power.Feeds)
            {
                if (feed.EnergizedMegawatts > 0)
                {
                    best = Math.Min(best, feed.Spec.PriceUsdPerMwh);
                }
            }

            return best;
        }
    }

    /// <summary>IT MW built when the current bucket opened (for capex).</summary>
    private double BuiltAtBucketStart { get; set; }

    /// <summary>Called when a request is served, with whether it met its SLO (pricing and SLA credits listen).</summary>
    internal Action<InferenceRequest, bool>? Completed { get; set; }

    /// <summary>The site as a flow-level driver loads it.</summary>
    internal IFlowLoad FlowLoad => this;

    /// <summary>Busy GPU-seconds from the start to <paramref name="now"/>.</summary>
    public double BusyGpuSecondsSoFar(double now) => _load.BusyGpuSecondsSoFar(now);

    /// <summary>Up GPU-seconds from the start to <paramref name="now"/>.</summary>
    public double UpGpuSecondsSoFar(double now) => _load.UpGpuSecondsSoFar(now);

    /// <summary>Takes in a request routed here: it is served at once if a replica has room, else it waits.</summary>
    public void Accept(InferenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Site = Index;
        _ledger.Arrived(request.Class);
        _admission.Admit(request);
        _fleet.WakeLeastLoaded();
        _admission.WatchIfWaiting(request);
    }

    /// <summary>
    /// Closes the bucket that opened at <paramref name="start"/>: hands over what it did as an immutable snapshot, then
    /// starts fresh tallies and levels (kept at their current values) for the next one.
    /// </summary>
    internal SiteBucketSnapshot CloseBucket(double start, double end)
    {
        var m = Monitors;
        double drawnFacilityMw = m.DrawnItMegawatts.Mean(end) * Power.Pue;
        var clusters = new ClusterBucketSnapshot[_fleet.Clusters.Count];
        for (int i = 0; i < clusters.Length; i++)
        {
            var cluster = _fleet.Clusters[i];
            clusters[i] = new ClusterBucketSnapshot(
                cluster.Sku,
                cluster.DeliveredValue.Integral(end),
                cluster.DeliveredValue.Level - cluster.DeliveredValueAtBucketStart,
                cluster.UpLevel.Integral(end),
                cluster.BusyLevel.Integral(end),
                cluster.BucketTally);
        }

        var snapshot = new SiteBucketSnapshot
        {
            Spec = Spec,
            Seconds = end - start,
            UpGpuSeconds = m.Up.Integral(end),
            BusyGpuSeconds = m.Busy.Integral(end),
            StrandedGpuSeconds = m.Stranded.Integral(end),
            DrawnFacilityMegawatts = drawnFacilityMw,
            EnergyCostUsd = Power.EnergyCostUsd(drawnFacilityMw, (end - start) / Durations.SecondsPerHour),
            BuiltMegawattSeconds = m.BuiltMegawatts.Integral(end),
            BuiltMegawattsAtOpen = BuiltAtBucketStart,
            BuiltMegawattsAtClose = Power.BuiltMegawatts,
            MeanGpusDelivered = m.Delivered.Mean(end),
            MeanGpusInstalled = m.Installed.Mean(end),
            MeanBuiltMegawatts = m.BuiltMegawatts.Mean(end),
            MeanEnergizedMegawatts = m.EnergizedMegawatts.Mean(end),
            MeanUsableItMegawatts = m.UsableItMegawatts.Mean(end),
            ReservedWantedGpuSeconds = m.ReservedWanted.Integral(end),
            ReservedProvidedGpuSeconds = m.ReservedProvided.Integral(end),
            ReservedRevenueUsd = m.ReservedRevenueRate.Integral(end),
            MeanQueue = m.Queue.Mean(end),
            MeanInSystem = m.InSystem.Mean(end),
            Classes = _ledger.CloseBucket(),
            Clusters = clusters,
        };

        Monitors.Restart(end);
        foreach (var cluster in _fleet.Clusters)
        {
            cluster.DeliveredValue.Reset(end);
            cluster.DeliveredValueAtBucketStart = cluster.DeliveredValue.Level;
            cluster.UpLevel.Reset(end);
            cluster.BusyLevel.Reset(end);
            cluster.BucketTally = new ServiceTally();
        }

        BuiltAtBucketStart = Power.BuiltMegawatts;
        return snapshot;
    }

    /// <summary>The shell is finished: its IT MW count as built.</summary>
    /// <param name="at">When the shell was finished: before the start for shells finished before it (the log keeps the
    /// true date; the simulation applies it at the start).</param>
    internal void ShellBuilt(double at)
    {
        Power.BuiltMegawatts = Spec.Shell.Megawatts;
        _log(new BuildOutEvent(Math.Min(at, _simulation.Now), BuildOutEventKind.ShellBuilt, Id, "", 0, Spec.Shell.Megawatts, -1));
        PowerChanged();
    }

    /// <summary>A feed (or one of its phases) is energized: the site's usable power changes.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="megawatts">Its energized facility MW from now on.</param>
    /// <param name="at">When it was energized; as for <see cref="ShellBuilt"/>.</param>
    internal void Energize(PowerFeed feed, double megawatts, double at)
    {
        feed.EnergizedMegawatts = megawatts;
        _log(new BuildOutEvent(Math.Min(at, _simulation.Now), BuildOutEventKind.FeedEnergized, Id, "", 0, megawatts, feed.Index));
        PowerChanged();
    }

    internal PowerFeed AddFeed(PowerFeedSpec spec, double requestedAt, double firstPowerAt)
    {
        var feed = new PowerFeed(spec, Power.Feeds.Count, requestedAt, firstPowerAt);
        Power.Add(feed);
        return feed;
    }

    internal Cluster ClusterFor(GpuSku sku) => _fleet.ClusterFor(sku, _simulation.Now);

    internal void Order(Cluster cluster, int gpus)
    {
        cluster.Ordered += gpus;
        _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.GpusOrdered, Id, cluster.Sku.Id, gpus, 0, -1));
    }

    internal void Deliver(Cluster cluster, int gpus, double usdPerGpu)
    {
        cluster.Delivered += gpus;
        cluster.DeliveredValue.Add(_simulation.Now, gpus * usdPerGpu);
        _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.GpusDelivered, Id, cluster.Sku.Id, gpus, 0, -1));
        int before = cluster.Installed;
        InstallWhatPowerAllows();
        int strandedNow = gpus - (cluster.Installed - before);
        if (strandedNow > 0)
        {
            _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.GpusStranded, Id, cluster.Sku.Id, strandedNow, 0, -1));
        }

        _load.GpusChanged();
    }

    /// <summary>Starts a reserved-capacity contract of <paramref name="gpus"/> GPUs at <paramref name="usdPerGpuHour"/>.</summary>
    internal void AddContract(int gpus, double usdPerGpuHour)
    {
        _reservations.ChangeContracts(gpus, usdPerGpuHour);
        _reservations.Rebalance(_setReserved, _simulation.Now);
    }

    /// <summary>Ends a contract started with the same figures.</summary>
    internal void RemoveContract(int gpus, double usdPerGpuHour)
    {
        _reservations.ChangeContracts(-gpus, usdPerGpuHour);
        _reservations.Rebalance(_setReserved, _simulation.Now);
    }

    /// <summary>A replica failed or was repaired.</summary>
    void IEventHandler.Handle(long tag)
    {
        var what = EventTag.Unpack(tag);
        int replicaIndex = what.Index;
        if (what.Kind == Failure)
        {
            ReplicaFailed(replicaIndex);
        }
        else
        {
            ReplicaRepaired(replicaIndex);
        }

        _reservations.UpdateLevels(_simulation.Now);
    }

    private void ReplicaFailed(int replicaIndex)
    {
        var replica = _fleet.Replicas[replicaIndex];
        var cluster = _fleet.ClusterOf(replicaIndex);
        int slots = cluster.Sku.Serving.BatchLimit;
        if (replica.Reserved)
        {
            ((IReplicaHost)this).OnBusyChanged(replica, false); // no longer provided while down
            _fleet.AddSlots(slots); // balanced by the common decrement below
        }

        replica.Fail();
        _fleet.CountServing(cluster, replica.Reserved ? 0 : -1);
        _servingChanged?.Invoke();
        cluster.Up -= cluster.GpusPerReplica;
        _fleet.CountUp(-1);
        _fleet.AddSlots(-slots);
        _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.ReplicaFailed, Id, cluster.Sku.Id, cluster.GpusPerReplica, 0, -1));
        double repairRate = 1 / Durations.FromHours(cluster.Sku.RepairHours);
        _simulation.Schedule(_failures.NextExponential(repairRate), this, new EventTag(RepairDone, replicaIndex));
        _load.GpusChanged();
    }

    private void ReplicaRepaired(int replicaIndex)
    {
        var replica = _fleet.Replicas[replicaIndex];
        var cluster = _fleet.ClusterOf(replicaIndex);
        int slots = cluster.Sku.Serving.BatchLimit;
        cluster.Up += cluster.GpusPerReplica;
        _fleet.CountUp(1);
        _fleet.CountServing(cluster, replica.Reserved ? 0 : 1);
        _servingChanged?.Invoke();
        _fleet.AddSlots(slots);
        _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.ReplicaRepaired, Id, cluster.Sku.Id, cluster.GpusPerReplica, 0, -1));
        _load.GpusChanged();
        ScheduleFailure(replicaIndex);
        if (replica.Reserved)
        {
            _fleet.AddSlots(-slots);
            replica.Repair(); // stays idle: a reserved replica takes no request
            ((IReplicaHost)this).OnBusyChanged(replica, true);
        }
        else
        {
            replica.Repair();
        }
    }

    InferenceRequest? IReplicaHost.TakeNext(Replica replica) => replica.Reserved ? null : _admission.TakeNext();

    void IReplicaHost.OnServiceStarted(InferenceRequest request, Replica replica) =>
        request.Cluster = _fleet.ClusterOf(replica.Index).Index;

    void IReplicaHost.OnFirstToken(InferenceRequest request)
    {
    }

    void IReplicaHost.OnCompleted(InferenceRequest request)
    {
        _admission.Completed();
        bool metSlo = _classes[request.Class].MetSlo(request.TtftSeconds, request.EndToEndSeconds);
        _ledger.Served(request, metSlo, _fleet.Clusters[request.Cluster].BucketTally);
        Completed?.Invoke(request, metSlo);
    }

    void IReplicaHost.Requeue(InferenceRequest request)
    {
        _ledger.Restarted(request.Class);
        _admission.Requeue(request);
    }

    void IReplicaHost.OnLoadChanged(Replica replica) => _fleet.UpdateLeastLoaded(replica);

    void IReplicaHost.OnBusyChanged(Replica replica, bool busy)
    {
        _load.ReplicaBusyChanged(_fleet.ClusterOf(replica.Index), busy);
        if (!busy && _reservations.Short && replica.Phase == ReplicaPhase.Idle)
        {
            _reservations.Rebalance(_setReserved, _simulation.Now);
        }
    }

    /// <summary>Dedicates <paramref name="replica"/> to contracts or gives it back to on-demand traffic.</summary>
    private void SetReserved(Replica replica, bool reserved)
    {
        var cluster = _fleet.ClusterOf(replica.Index);
        bool up = replica.Phase != ReplicaPhase.Down;
        replica.Reserved = reserved;
        _fleet.UpdateLeastLoaded(replica);
        _fleet.CountServing(cluster, !up ? 0 : reserved ? -1 : 1);
        _servingChanged?.Invoke();
        _reservations.Count(cluster.GpusPerReplica, reserved);
        if (up)
        {
            int slots = cluster.Sku.Serving.BatchLimit;
            _fleet.AddSlots(reserved ? -slots : slots);
            ((IReplicaHost)this).OnBusyChanged(replica, reserved); // rented GPUs count as busy at full power
            _load.ReapplyFlowBusy();
        }

        if (!reserved && up && _admission.Waiting > 0)
        {
            replica.Wake();
        }
    }

    private void Abandon(InferenceRequest request)
    {
        if (_admission.Abandon(request))
        {
            _ledger.Abandoned(request.Class);
        }
    }

    private void PowerChanged()
    {
        Monitors.BuiltMegawatts.Update(_simulation.Now, Power.BuiltMegawatts);
        Monitors.EnergizedMegawatts.Update(_simulation.Now, Power.EnergizedMegawatts);
        Monitors.UsableItMegawatts.Update(_simulation.Now, Power.UsableItMegawatts);
        InstallWhatPowerAllows();
        _load.GpusChanged();
    }

    private void InstallWhatPowerAllows() =>
        _fleet.InstallWhatPowerAllows(Power.UsableItMegawatts, InstallReplica, (cluster, gpus) =>
            _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.GpusInstalled, Id, cluster.Sku.Id, gpus, 0, -1)));

    private void InstallReplica(Cluster cluster)
    {
        int index = _fleet.Replicas.Count;
        var replica = new Replica(_simulation, cluster.Sku.Serving, this, index);
        _fleet.Add(replica, cluster);
        _fleet.CountServing(cluster, 1);
        _servingChanged?.Invoke();
        _fleet.CountUp(1);
        _fleet.AddSlots(cluster.Sku.Serving.BatchLimit);
        ScheduleFailure(index);
        if (_reservations.Short)
        {
            _reservations.Rebalance(_setReserved, _simulation.Now);
        }

        if (_admission.Waiting > 0 && !replica.Reserved)
        {
            replica.Wake();
        }
    }

    private void ScheduleFailure(int replicaIndex)
    {
        var cluster = _fleet.ClusterOf(replicaIndex);
        double failureRate = cluster.GpusPerReplica / Durations.FromHours(cluster.Sku.MtbfHours);
        _simulation.Schedule(_failures.NextExponential(failureRate), this, new EventTag(Failure, replicaIndex));
    }

    /// <inheritdoc/>
    string INamedEventHandler.DescribeEvent(EventTag tag) =>
        $"Site {Id} replica {tag.Index} {(tag.Kind == Failure ? "Failure" : "RepairDone")}";

    event Action? IFlowLoad.ServingChanged
    {
        add => _servingChanged += value;
        remove => _servingChanged -= value;
    }

    int[] IFlowLoad.ServingReplicas() => _fleet.ServingReplicas();

    void IFlowLoad.SetLoad(double[] busyGpusPerCluster, double inSystem, double waiting)
    {
        _load.SetFlowBusy(busyGpusPerCluster);
        _admission.SetFlowLevels(inSystem, waiting);
    }

    void IFlowLoad.RecordService(int workloadClass, int cluster, FluidService service) =>
        _ledger.ServedAsFlow(workloadClass, _fleet.Clusters[cluster].BucketTally, service);
}
