using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Engine.Statistics;
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
/// GPUs are installed in whole replicas, in delivery order, as soon as usable IT power allows; what power cannot take
/// stays stranded. Each replica fails at the rate of its GPUs' interruptions (GPUs / MTBF) and is repaired after an
/// exponential time with the SKU's mean; its requests go back to the front of the queue.
/// </remarks>
public sealed class Site : IReplicaHost, IEventHandler
{
    private const long Failure = 0;
    private const long RepairDone = 1;

    private readonly Simulation _simulation;
    private readonly WorkloadClassSpec[] _classes; // arrays, not IReadOnlyList: indexed on every request without interface calls
    private readonly Action<BuildOutEvent> _log;
    private readonly RandomStream _failures;
    private readonly List<Cluster> _clusters = [];
    private readonly List<Replica> _replicas = [];
    private readonly List<Cluster> _replicaCluster = [];
    private readonly SiteQueue _queue = new();
    private readonly LeastLoadedReplicas _leastLoaded = new(); // the replica an arrival wakes
    private readonly PatienceWatch?[] _patience; // per class; null for classes that wait as long as it takes
    private ServiceTally[] _bucketTallies;
    private readonly ServiceTally[] _runTallies;
    private double _busyExtraMegawatts; // busy replicas' draw above their idle share
    private double _busyGpuSeconds; // since the start, up to _levelsSince
    private double _upGpuSeconds;
    private double _levelsSince;
    private int _reservedWantedGpus;
    private double _reservedUsdPerHourTotal; // Σ contract GPUs × price, for the mean contract price
    private int _reservedGpus; // GPUs of replicas dedicated to contracts (up or down)
    private int _inSystem;
    private double[] _fluidBusyWanted = []; // per cluster: busy GPUs the fluid traffic model asks for
    private double[] _fluidBusyGpus = []; // the same, capped at the GPUs up and not busy otherwise
    private double _fluidBusyTotal;
    private double _fluidExtraMegawatts;
    private double _fluidInSystem;
    private double _fluidWaiting;
    private int[] _servingReplicas = [];

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
        _patience = new PatienceWatch?[classes.Count];
        for (int c = 0; c < classes.Count; c++)
        {
            if (classes[c].PatienceSeconds > 0)
            {
                _patience[c] = new PatienceWatch(simulation, classes[c].PatienceSeconds, Abandon);
            }
        }

        Power = new SitePower(spec.Pue);
        Monitors = new SiteMonitors(simulation.Now);
        _bucketTallies = NewTallies();
        _runTallies = NewTallies();
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
    public IReadOnlyList<Cluster> Clusters => _clusters;

    /// <summary>Time-weighted levels over the current bucket.</summary>
    public SiteMonitors Monitors { get; }

    /// <summary>Per class, what happened since the start of the run.</summary>
    public IReadOnlyList<ServiceTally> RunTallies => _runTallies;

    /// <summary>Per class, what happened in the current bucket.</summary>
    public IReadOnlyList<ServiceTally> BucketTallies => _bucketTallies;

    /// <summary>Replicas installed (up or down).</summary>
    public int Replicas => _replicas.Count;

    /// <summary>Replicas up.</summary>
    public int UpReplicas { get; private set; }

    /// <summary>Requests waiting in the queue.</summary>
    public int Waiting => _queue.Count;

    /// <summary>Requests at the site, waiting or being served.</summary>
    public int InSystem => _inSystem;

    /// <summary>Batch slots of the replicas that are up.</summary>
    public int Slots { get; private set; }

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

    /// <summary>Takes in a request routed here: it is served at once if a replica has room, else it waits.</summary>
    public void Accept(InferenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Site = Index;
        _bucketTallies[request.Class].Arrived++;
        _runTallies[request.Class].Arrived++;
        SetInSystem(_inSystem + 1);
        var spec = _classes[request.Class];
        _queue.Enqueue(request, spec.Kind == WorkloadKind.Batch);
        Monitors.Queue.Update(_simulation.Now, _queue.Count + _fluidWaiting);
        WakeOne();
        if (request.State == RequestState.Waiting && _patience[request.Class] is { } patience)
        {
            patience.Watch(request);
        }
    }

    /// <summary>Replaces this bucket's tallies by fresh ones and returns the closed ones.</summary>
    internal ServiceTally[] CloseBucket(double time)
    {
        var closed = _bucketTallies;
        _bucketTallies = NewTallies();
        Monitors.Restart(time);
        foreach (var cluster in _clusters)
        {
            cluster.DeliveredValue.Reset(time);
            cluster.DeliveredValueAtBucketStart = cluster.DeliveredValue.Level;
            cluster.UpLevel.Reset(time);
            cluster.BusyLevel.Reset(time);
            cluster.BucketTally = new ServiceTally();
        }

        BuiltAtBucketStart = Power.BuiltMegawatts;
        return closed;
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

    internal Cluster ClusterFor(GpuSku sku)
    {
        foreach (var cluster in _clusters)
        {
            if (cluster.Sku.Id == sku.Id)
            {
                return cluster;
            }
        }

        var created = new Cluster(sku, _clusters.Count, _simulation.Now);
        _clusters.Add(created);
        return created;
    }

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

        UpdateGpuLevels();
    }

    /// <inheritdoc/>
    void IEventHandler.Handle(long tag)
    {
        int replicaIndex = (int)(tag >> 1);
        var replica = _replicas[replicaIndex];
        var cluster = _replicaCluster[replicaIndex];
        if ((tag & 1) == Failure)
        {
            if (replica.Reserved)
            {
                ((IReplicaHost)this).OnBusyChanged(replica, false); // no longer provided while down
                Slots += cluster.Sku.Serving.BatchLimit; // balanced by the common decrement below
            }

            replica.Fail();
            CountServing(cluster, replica.Reserved ? 0 : -1);
            ServingChanged?.Invoke();
            cluster.Up -= cluster.GpusPerReplica;
            UpReplicas--;
            Slots -= cluster.Sku.Serving.BatchLimit;
            _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.ReplicaFailed, Id, cluster.Sku.Id, cluster.GpusPerReplica, 0, -1));
            double repairRate = 1 / Durations.FromHours(cluster.Sku.RepairHours);
            _simulation.Schedule(_failures.NextExponential(repairRate), this, ((long)replicaIndex << 1) | RepairDone);
            UpdateGpuLevels();
        }
        else
        {
            cluster.Up += cluster.GpusPerReplica;
            UpReplicas++;
            CountServing(cluster, replica.Reserved ? 0 : 1);
            ServingChanged?.Invoke();
            Slots += cluster.Sku.Serving.BatchLimit;
            _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.ReplicaRepaired, Id, cluster.Sku.Id, cluster.GpusPerReplica, 0, -1));
            UpdateGpuLevels();
            ScheduleFailure(replicaIndex);
            if (replica.Reserved)
            {
                Slots -= cluster.Sku.Serving.BatchLimit;
                replica.Repair(); // stays idle: a reserved replica takes no request
                ((IReplicaHost)this).OnBusyChanged(replica, true);
            }
            else
            {
                replica.Repair();
            }
        }

        UpdateReservationLevels();
    }

    InferenceRequest? IReplicaHost.TakeNext(Replica replica)
    {
        if (replica.Reserved)
        {
            return null;
        }

        var next = _queue.TakeNext();
        if (next is not null)
        {
            Monitors.Queue.Update(_simulation.Now, _queue.Count + _fluidWaiting);
        }

        return next;
    }

    void IReplicaHost.OnServiceStarted(InferenceRequest request, Replica replica) =>
        request.Cluster = _replicaCluster[replica.Index].Index;

    void IReplicaHost.OnFirstToken(InferenceRequest request)
    {
    }

    void IReplicaHost.OnCompleted(InferenceRequest request)
    {
        SetInSystem(_inSystem - 1);
        var spec = _classes[request.Class];
        bool metSlo = spec.MetSlo(request.TtftSeconds, request.EndToEndSeconds);
        double service = request.CompletedAt - request.ServiceStartedAt;
        RecentServiceSeconds += (service - RecentServiceSeconds) * 0.01;
        // Each latency's sketch bin is located once for the three tallies (a logarithm each).
        var run = _runTallies[request.Class];
        var latency = new Latency(
            run.TtftSeconds.Sketch.Locate(request.TtftSeconds),
            run.QueueingDelaySeconds.Sketch.Locate(request.QueueingDelaySeconds),
            run.EndToEndSeconds.Sketch.Locate(request.EndToEndSeconds));
        Record(_bucketTallies[request.Class], request, metSlo, latency);
        Record(run, request, metSlo, latency);
        Record(_clusters[request.Cluster].BucketTally, request, metSlo, latency);
        Completed?.Invoke(request, metSlo);
    }

    void IReplicaHost.Requeue(InferenceRequest request)
    {
        _bucketTallies[request.Class].Restarted++;
        _runTallies[request.Class].Restarted++;
        _queue.Requeue(request, _classes[request.Class].Kind == WorkloadKind.Batch);
        Monitors.Queue.Update(_simulation.Now, _queue.Count + _fluidWaiting);
        _patience[request.Class]?.Requeued(request);
    }

    void IReplicaHost.OnLoadChanged(Replica replica) => UpdateLeastLoaded(replica);

    private void UpdateLeastLoaded(Replica replica) =>
        _leastLoaded.Set(replica.Index, replica.HasRoom ? replica.Load : LeastLoadedReplicas.NoRoom);

    void IReplicaHost.OnBusyChanged(Replica replica, bool busy)
    {
        AccumulateGpuSeconds();
        var cluster = _replicaCluster[replica.Index];
        var sku = cluster.Sku;
        double extra = cluster.GpusPerReplica * sku.PowerKwPerGpu * (1 - sku.IdlePowerShare) / 1000;
        _busyExtraMegawatts += busy ? extra : -extra;
        BusyGpus += busy ? cluster.GpusPerReplica : -cluster.GpusPerReplica;
        cluster.Busy += busy ? cluster.GpusPerReplica : -cluster.GpusPerReplica;
        cluster.BusyLevel.Update(_simulation.Now, cluster.Busy + FluidBusy(cluster.Index));
        Monitors.Busy.Update(_simulation.Now, BusyGpus + _fluidBusyTotal);
        UpdateDrawnPower();
        if (!busy && _reservedGpus < _reservedWantedGpus && replica.Phase == ReplicaPhase.Idle)
        {
            RebalanceReservations();
        }
    }

    /// <summary>
    /// Dedicates idle replicas to contracts until the reserved GPUs cover what contracts want, or gives replicas back
    /// when they exceed it. A dedicated replica counts as busy (it is rented) and serves no on-demand request.
    /// </summary>
    private void RebalanceReservations()
    {
        for (int i = 0; i < _replicas.Count && _reservedGpus < _reservedWantedGpus; i++)
        {
            var replica = _replicas[i];
            if (!replica.Reserved && replica.Phase == ReplicaPhase.Idle)
            {
                SetReserved(replica, true);
            }
        }

        for (int i = _replicas.Count - 1; i >= 0 && _reservedGpus - _replicaCluster[i].GpusPerReplica >= _reservedWantedGpus; i--)
        {
            if (_replicas[i].Reserved)
            {
                SetReserved(_replicas[i], false);
            }
        }

        UpdateReservationLevels();
    }

    private void SetReserved(Replica replica, bool reserved)
    {
        var cluster = _replicaCluster[replica.Index];
        bool up = replica.Phase != ReplicaPhase.Down;
        replica.Reserved = reserved;
        UpdateLeastLoaded(replica);
        CountServing(cluster, !up ? 0 : reserved ? -1 : 1);
        ServingChanged?.Invoke();
        _reservedGpus += reserved ? cluster.GpusPerReplica : -cluster.GpusPerReplica;
        if (up)
        {
            Slots += reserved ? -cluster.Sku.Serving.BatchLimit : cluster.Sku.Serving.BatchLimit;
            ((IReplicaHost)this).OnBusyChanged(replica, reserved); // rented GPUs count as busy at full power
            if (_fluidBusyWanted.Length > 0)
            {
                ApplyFluidBusy();
            }
        }

        if (!reserved && up && _queue.Count > 0)
        {
            replica.Wake();
        }
    }

    private void UpdateReservationLevels()
    {
        int provided = 0;
        for (int i = 0; i < _replicas.Count && _reservedGpus > 0; i++) // no replica reserved: nothing to count
        {
            if (_replicas[i].Reserved && _replicas[i].Phase != ReplicaPhase.Down)
            {
                provided += _replicaCluster[i].GpusPerReplica;
            }
        }

        provided = Math.Min(provided, _reservedWantedGpus);
        double meanPrice = _reservedWantedGpus > 0 ? _reservedUsdPerHourTotal / _reservedWantedGpus : 0;
        double now = _simulation.Now;
        Monitors.ReservedWanted.Update(now, _reservedWantedGpus);
        Monitors.ReservedProvided.Update(now, provided);
        Monitors.ReservedRevenueRate.Update(now, provided * meanPrice / Durations.SecondsPerHour);
    }

    /// <summary>GPUs of replicas serving at least one request.</summary>
    public int BusyGpus { get; private set; }

    /// <summary>Busy GPU-seconds from the start to <paramref name="now"/>.</summary>
    public double BusyGpuSecondsSoFar(double now) => _busyGpuSeconds + ((BusyGpus + _fluidBusyTotal) * (now - _levelsSince));

    /// <summary>Up GPU-seconds from the start to <paramref name="now"/>.</summary>
    public double UpGpuSecondsSoFar(double now) => _upGpuSeconds + UpGpus * (now - _levelsSince);

    /// <summary>GPUs installed and up.</summary>
    public int UpGpus { get; private set; }

    /// <summary>Starts a reserved-capacity contract of <paramref name="gpus"/> GPUs at <paramref name="usdPerGpuHour"/>.</summary>
    internal void AddContract(int gpus, double usdPerGpuHour)
    {
        _reservedWantedGpus += gpus;
        _reservedUsdPerHourTotal += gpus * usdPerGpuHour;
        RebalanceReservations();
    }

    /// <summary>Ends a contract started with the same figures.</summary>
    internal void RemoveContract(int gpus, double usdPerGpuHour)
    {
        _reservedWantedGpus -= gpus;
        _reservedUsdPerHourTotal -= gpus * usdPerGpuHour;
        RebalanceReservations();
    }

    /// <summary>IT MW built when the current bucket opened (for capex).</summary>
    internal double BuiltAtBucketStart { get; private set; }

    /// <summary>Moving average of the time requests spend in a replica, in seconds (for routing estimates).</summary>
    public double RecentServiceSeconds { get; private set; } = 5;

    /// <summary>Called when a request is served, with whether it met its SLO (pricing and SLA credits listen).</summary>
    internal Action<InferenceRequest, bool>? Completed { get; set; }

    private void Abandon(InferenceRequest request)
    {
        if (request.State != RequestState.Waiting)
        {
            return;
        }

        request.State = RequestState.Abandoned;
        _queue.Forget();
        Monitors.Queue.Update(_simulation.Now, _queue.Count + _fluidWaiting);
        SetInSystem(_inSystem - 1);
        _bucketTallies[request.Class].Abandoned++;
        _runTallies[request.Class].Abandoned++;
    }

    private static void Record(ServiceTally tally, InferenceRequest request, bool metSlo, in Latency latency)
    {
        tally.Served++;
        tally.TokensIn += request.PromptTokens;
        tally.TokensOut += request.OutputTokens;
        tally.SloMet += metSlo ? 1 : 0;
        tally.TtftSeconds.Add(latency.Ttft);
        tally.QueueingDelaySeconds.Add(latency.QueueingDelay);
        tally.EndToEndSeconds.Add(latency.EndToEnd);
    }

    private void WakeOne()
    {
        // An idle replica if there is one, else the least loaded replica with room (the first in site order among equals).
        int best = _leastLoaded.Best;
        if (best >= 0)
        {
            _replicas[best].Wake();
        }
    }

    private void PowerChanged()
    {
        Monitors.BuiltMegawatts.Update(_simulation.Now, Power.BuiltMegawatts);
        Monitors.EnergizedMegawatts.Update(_simulation.Now, Power.EnergizedMegawatts);
        Monitors.UsableItMegawatts.Update(_simulation.Now, Power.UsableItMegawatts);
        InstallWhatPowerAllows();
        UpdateGpuLevels();
    }

    private void InstallWhatPowerAllows()
    {
        double used = 0;
        foreach (var cluster in _clusters)
        {
            used += cluster.Installed * cluster.Sku.PowerKwPerGpu / 1000;
        }

        double headroom = Power.UsableItMegawatts - used;
        foreach (var cluster in _clusters)
        {
            int installedBefore = cluster.Installed;
            while (cluster.Stranded >= cluster.GpusPerReplica && headroom >= cluster.ReplicaMegawatts - 1e-9)
            {
                headroom -= cluster.ReplicaMegawatts;
                InstallReplica(cluster);
            }

            int installed = cluster.Installed - installedBefore;
            if (installed > 0)
            {
                _log(new BuildOutEvent(_simulation.Now, BuildOutEventKind.GpusInstalled, Id, cluster.Sku.Id, installed, 0, -1));
            }
        }
    }

    private void InstallReplica(Cluster cluster)
    {
        int index = _replicas.Count;
        var replica = new Replica(_simulation, cluster.Sku.Serving, this, index);
        _replicas.Add(replica);
        _replicaCluster.Add(cluster);
        _leastLoaded.Add();
        UpdateLeastLoaded(replica);
        cluster.Installed += cluster.GpusPerReplica;
        cluster.Up += cluster.GpusPerReplica;
        CountServing(cluster, 1);
        ServingChanged?.Invoke();
        UpReplicas++;
        Slots += cluster.Sku.Serving.BatchLimit;
        ScheduleFailure(index);
        if (_reservedGpus < _reservedWantedGpus)
        {
            RebalanceReservations();
        }

        if (_queue.Count > 0 && !replica.Reserved)
        {
            replica.Wake();
        }
    }

    private void ScheduleFailure(int replicaIndex)
    {
        var cluster = _replicaCluster[replicaIndex];
        double failureRate = cluster.GpusPerReplica / Durations.FromHours(cluster.Sku.MtbfHours);
        _simulation.Schedule(_failures.NextExponential(failureRate), this, (long)replicaIndex << 1 | Failure);
    }

    private void AccumulateGpuSeconds()
    {
        double now = _simulation.Now;
        _busyGpuSeconds += (BusyGpus + _fluidBusyTotal) * (now - _levelsSince);
        _upGpuSeconds += UpGpus * (now - _levelsSince);
        _levelsSince = now;
    }

    private void UpdateGpuLevels()
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
        Monitors.Delivered.Update(now, delivered);
        Monitors.Installed.Update(now, installed);
        Monitors.Up.Update(now, up);
        UpGpus = up;
        Monitors.Stranded.Update(now, delivered - installed);
        if (_fluidBusyWanted.Length > 0)
        {
            ApplyFluidBusy(); // GPUs up changed: the fluid load's cap with them (it updates the drawn power)
        }
        else
        {
            UpdateDrawnPower();
        }
    }

    private void UpdateDrawnPower()
    {
        // Idle share of full power for every GPU up, plus the rest for busy ones; down GPUs draw nothing.
        double megawatts = _busyExtraMegawatts + _fluidExtraMegawatts;
        foreach (var cluster in _clusters)
        {
            megawatts += cluster.Up * cluster.Sku.PowerKwPerGpu * cluster.Sku.IdlePowerShare / 1000;
        }

        Monitors.DrawnItMegawatts.Update(_simulation.Now, Math.Max(0, megawatts));
    }

    private void SetInSystem(int count)
    {
        _inSystem = count;
        Monitors.InSystem.Update(_simulation.Now, count + _fluidInSystem);
    }

    private ServiceTally[] NewTallies()
    {
        var tallies = new ServiceTally[_classes.Length];
        for (int i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new ServiceTally();
        }

        return tallies;
    }

    /// <summary>Raised when replicas go up, down or to contracts (the fluid model solves the site again).</summary>
    internal event Action? ServingChanged;

    /// <summary>Per cluster, the replicas up and not dedicated to contracts: what on-demand traffic can use.</summary>
    internal int[] ServingReplicas()
    {
        if (_servingReplicas.Length != _clusters.Count)
        {
            Array.Resize(ref _servingReplicas, _clusters.Count); // a count for every cluster, new ones included
        }

        return _servingReplicas;
    }

    /// <summary>Counts a replica of <paramref name="cluster"/> in (+1) or out (−1) of those serving on-demand traffic
    /// (kept as it changes: a large fleet has a failure every few minutes and thousands of replicas to count).</summary>
    private void CountServing(Cluster cluster, int change) => ServingReplicas()[cluster.Index] += change;

    /// <summary>
    /// Sets the load the fluid traffic model puts on the site from now on: busy GPUs per cluster (time-weighted
    /// means), requests held and waiting. Utilization, drawn power and energy follow as they do for requests.
    /// </summary>
    internal void SetFluidLoad(double[] busyGpusPerCluster, double inSystem, double waiting)
    {
        _fluidBusyWanted = busyGpusPerCluster;
        ApplyFluidBusy();
        double now = _simulation.Now;
        _fluidInSystem = inSystem;
        _fluidWaiting = waiting;
        Monitors.InSystem.Update(now, _inSystem + inSystem);
        Monitors.Queue.Update(now, _queue.Count + waiting);
    }

    /// <summary>
    /// Sets the fluid model's busy GPUs from what it asked for, each cluster's capped at its GPUs up and not otherwise
    /// busy: a failure too small to solve the step again (see <c>FluidTraffic.MaterialChange</c>) takes its GPUs
    /// out of the busy ones at once.
    /// </summary>
    private void ApplyFluidBusy()
    {
        AccumulateGpuSeconds();
        double now = _simulation.Now;
        if (_fluidBusyGpus.Length != _fluidBusyWanted.Length)
        {
            _fluidBusyGpus = new double[_fluidBusyWanted.Length];
        }

        _fluidBusyTotal = 0;
        _fluidExtraMegawatts = 0;
        foreach (var cluster in _clusters)
        {
            if (cluster.Index >= _fluidBusyGpus.Length)
            {
                continue;
            }

            double busy = Math.Min(_fluidBusyWanted[cluster.Index], Math.Max(0, cluster.Up - cluster.Busy));
            _fluidBusyGpus[cluster.Index] = busy;
            _fluidBusyTotal += busy;
            _fluidExtraMegawatts += busy * cluster.Sku.PowerKwPerGpu * (1 - cluster.Sku.IdlePowerShare) / 1000;
            cluster.BusyLevel.Update(now, cluster.Busy + busy);
        }

        Monitors.Busy.Update(now, BusyGpus + _fluidBusyTotal);
        UpdateDrawnPower();
    }

    /// <summary>Records requests of class <paramref name="workloadClass"/> served by the fluid model on cluster
    /// <paramref name="cluster"/>: counts and tokens, and latency points each standing for several requests.</summary>
    internal void RecordFluidService(int workloadClass, int cluster, FluidService service)
    {
        var run = _runTallies[workloadClass];
        ReadOnlySpan<ServiceTally> tallies = [_bucketTallies[workloadClass], run, _clusters[cluster].BucketTally];
        foreach (var tally in tallies)
        {
            tally.Arrived += service.Served;
            tally.Served += service.Served;
            tally.ServedByFluid += service.Served;
            tally.TokensIn += service.TokensIn;
            tally.TokensOut += service.TokensOut;
            tally.SloMet += service.SloMet;
        }

        foreach (var (ttft, queueing, endToEnd, count) in service.Points)
        {
            // Each point's sketch bins are located once for the three tallies.
            var latency = new Latency(run.TtftSeconds.Sketch.Locate(ttft), run.QueueingDelaySeconds.Sketch.Locate(queueing), run.EndToEndSeconds.Sketch.Locate(endToEnd));
            foreach (var tally in tallies)
            {
                tally.TtftSeconds.Add(latency.Ttft, count);
                tally.QueueingDelaySeconds.Add(latency.QueueingDelay, count);
                tally.EndToEndSeconds.Add(latency.EndToEnd, count);
            }
        }
    }

    /// <summary>A served request's latencies, each with its sketch bin.</summary>
    private readonly record struct Latency(SketchedValue Ttft, SketchedValue QueueingDelay, SketchedValue EndToEnd);

    private double FluidBusy(int cluster) => cluster < _fluidBusyGpus.Length ? _fluidBusyGpus[cluster] : 0;
}
