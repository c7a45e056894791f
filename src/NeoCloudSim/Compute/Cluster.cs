using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Compute;

/// <summary>
/// The GPUs of one SKU at one site: how many were ordered, delivered, installed and are up. Delivered GPUs that the
/// site's power cannot take yet are stranded: paid for, depreciating, earning nothing.
/// </summary>
public sealed class Cluster
{
    internal Cluster(GpuSku sku, int index, double now)
    {
        Sku = sku;
        Index = index;
        DeliveredValue = new TimeWeightedMonitor(now);
        UpLevel = new TimeWeightedMonitor(now);
        BusyLevel = new TimeWeightedMonitor(now);
    }

    /// <summary>Busy GPUs over the current bucket (per-SKU utilization).</summary>
    internal TimeWeightedMonitor BusyLevel { get; }

    /// <summary>Busy GPUs now.</summary>
    internal int Busy { get; set; }

    /// <summary>Requests served by this cluster's replicas in the current bucket, all classes (per-SKU latency).</summary>
    internal Metrics.ServiceTally BucketTally { get; set; } = new();

    /// <summary>The SKU.</summary>
    public GpuSku Sku { get; }

    /// <summary>Position of the cluster in its site.</summary>
    public int Index { get; }

    /// <summary>GPUs ordered so far.</summary>
    public int Ordered { get; internal set; }

    /// <summary>GPUs delivered so far.</summary>
    public int Delivered { get; internal set; }

    /// <summary>GPUs installed (in replicas) so far.</summary>
    public int Installed { get; internal set; }

    /// <summary>Installed GPUs whose replica is up (not failed).</summary>
    public int Up { get; internal set; }

    /// <summary>Delivered but not installed: waiting for power.</summary>
    public int Stranded => Delivered - Installed;

    /// <summary>Purchase value of the delivered GPUs, USD, over the current bucket (for depreciation).</summary>
    internal TimeWeightedMonitor DeliveredValue { get; }

    /// <summary>Up GPUs over the current bucket (for software licenses).</summary>
    internal TimeWeightedMonitor UpLevel { get; }

    /// <summary>Purchase value delivered when the current bucket opened, USD (for capex).</summary>
    internal double DeliveredValueAtBucketStart { get; set; }

    /// <summary>GPUs per replica.</summary>
    public int GpusPerReplica => Sku.Serving.GpusPerReplica;

    /// <summary>IT power of one replica at full load, in MW.</summary>
    public double ReplicaMegawatts => GpusPerReplica * Sku.PowerKwPerGpu / 1000;
}
