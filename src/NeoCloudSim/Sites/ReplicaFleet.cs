using NeoCloudSim.Compute;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Sites;

/// <summary>
/// A site's GPU clusters and the replicas installed in them: which replica belongs to which cluster, how many are up
/// and serve on-demand traffic, their batch slots, and which replica an arriving request wakes.
/// </summary>
internal sealed class ReplicaFleet
{
    /// <summary>Slack on the power headroom test, in MW: a replica fits when it exceeds the headroom by less (sums of
    /// per-GPU kW are not exact in binary).</summary>
    internal const double PowerFitToleranceMegawatts = 1e-9;

    private readonly List<Cluster> _clusters = [];
    private readonly List<Replica> _replicas = [];
    private readonly List<Cluster> _replicaCluster = [];
    private readonly LeastLoadedReplicas _leastLoaded = new(); // the replica an arrival wakes
    private int[] _servingReplicas = [];

    /// <summary>The GPU clusters, one per SKU, in the order first ordered.</summary>
    public IReadOnlyList<Cluster> Clusters => _clusters;

    /// <summary>The replicas installed (up or down), in installation order.</summary>
    public IReadOnlyList<Replica> Replicas => _replicas;

    /// <summary>Replicas up.</summary>
    public int UpReplicas { get; private set; }

    /// <summary>Batch slots of the replicas up and not dedicated to contracts.</summary>
    public int Slots { get; private set; }

    /// <summary>The cluster of the replica at <paramref name="replicaIndex"/>.</summary>
    public Cluster ClusterOf(int replicaIndex) => _replicaCluster[replicaIndex];

    /// <summary>The cluster of <paramref name="sku"/>, created (empty) the first time.</summary>
    public Cluster ClusterFor(GpuSku sku, double now)
    {
        foreach (var cluster in _clusters)
        {
            if (cluster.Sku.Id == sku.Id)
            {
                return cluster;
            }
        }

        var created = new Cluster(sku, _clusters.Count, now);
        _clusters.Add(created);
        return created;
    }

    /// <summary>Adds a new replica of <paramref name="cluster"/> (its index is <see cref="Replicas"/>' count before).
    /// It is counted installed and up; the caller counts it serving.</summary>
    public void Add(Replica replica, Cluster cluster)
    {
        _replicas.Add(replica);
        _replicaCluster.Add(cluster);
        _leastLoaded.Add();
        UpdateLeastLoaded(replica);
        cluster.Installed += cluster.GpusPerReplica;
        cluster.Up += cluster.GpusPerReplica;
    }

    /// <summary>Counts a replica up (+1) or down (−1).</summary>
    public void CountUp(int change) => UpReplicas += change;

    /// <summary>Adds (or, negative, removes) batch slots open to on-demand traffic.</summary>
    public void AddSlots(int slots) => Slots += slots;

    /// <summary>Keeps the least-loaded index current for <paramref name="replica"/>.</summary>
    public void UpdateLeastLoaded(Replica replica) =>
        _leastLoaded.Set(replica.Index, replica.HasRoom ? replica.Load : LeastLoadedReplicas.NoRoom);

    /// <summary>Wakes an idle replica if there is one, else the least loaded replica with room (the first in site order
    /// among equals).</summary>
    public void WakeLeastLoaded()
    {
        int best = _leastLoaded.Best;
        if (best >= 0)
        {
            _replicas[best].Wake();
        }
    }

    /// <summary>Per cluster, the replicas up and not dedicated to contracts: what on-demand traffic can use.</summary>
    public int[] ServingReplicas()
    {
        if (_servingReplicas.Length != _clusters.Count)
        {
            Array.Resize(ref _servingReplicas, _clusters.Count); // a count for every cluster, new ones included
        }

        return _servingReplicas;
    }

    /// <summary>Counts a replica of <paramref name="cluster"/> in (+1) or out (−1) of those serving on-demand traffic
    /// (kept as it changes: a large fleet has a failure every few minutes and thousands of replicas to count).</summary>
    public void CountServing(Cluster cluster, int change) => ServingReplicas()[cluster.Index] += change;

    /// <summary>Installs, cluster by cluster in order, whole replicas of stranded GPUs while
    /// <paramref name="usableItMegawatts"/> has room; returns nothing, reports each cluster's installed GPUs.</summary>
    /// <param name="usableItMegawatts">The site's usable IT power.</param>
    /// <param name="install">Installs one replica of the cluster.</param>
    /// <param name="installed">Told each cluster's GPUs installed by this call, when there are any.</param>
    public void InstallWhatPowerAllows(double usableItMegawatts, Action<Cluster> install, Action<Cluster, int> installed)
    {
        double used = 0;
        foreach (var cluster in _clusters)
        {
            used += cluster.Installed * cluster.Sku.PowerKwPerGpu / 1000;
        }

        double headroom = usableItMegawatts - used;
        foreach (var cluster in _clusters)
        {
            int installedBefore = cluster.Installed;
            while (cluster.Stranded >= cluster.GpusPerReplica && headroom >= cluster.ReplicaMegawatts - PowerFitToleranceMegawatts)
            {
                headroom -= cluster.ReplicaMegawatts;
                install(cluster);
            }

            int gpus = cluster.Installed - installedBefore;
            if (gpus > 0)
            {
                installed(cluster, gpus);
            }
        }
    }
}
