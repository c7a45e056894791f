using NeoCloudSim.Metrics;

namespace NeoCloudSim.Sites;

/// <summary>
/// How a flow-level traffic driver (the fluid model) loads a site without the site knowing which driver it is: it
/// reads the replicas that serve on-demand traffic, is told when they change, sets the load it puts on the site for
/// the coming step and records what it served.
/// </summary>
internal interface IFlowLoad
{
    /// <summary>Raised when replicas go up, down or to contracts (a flow driver solves the site again).</summary>
    event Action? ServingChanged;

    /// <summary>Per cluster, the replicas up and not dedicated to contracts: what on-demand traffic can use.</summary>
    int[] ServingReplicas();

    /// <summary>
    /// Sets the load from now on: busy GPUs per cluster (time-weighted means), requests held and waiting. Utilization,
    /// drawn power and energy follow as they do for requests.
    /// </summary>
    void SetLoad(double[] busyGpusPerCluster, double inSystem, double waiting);

    /// <summary>Records requests of class <paramref name="workloadClass"/> served as a flow on cluster
    /// <paramref name="cluster"/>: counts and tokens, and latency points each standing for several requests.</summary>
    void RecordService(int workloadClass, int cluster, FluidService service);
}
