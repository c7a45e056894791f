using NeoCloudSim.Numerics;

namespace NeoCloudSim.Fluid;

/// <summary>What the fluid model put on one site over a step: busy GPUs per cluster, requests held and waiting.</summary>
internal sealed record SiteLoad(double[] BusyGpus, double InSystem, double Waiting);

/// <summary>
/// One step of the fluid model, solved: each flow's rate, where it was accepted (site, round trip, rate), what
/// overflowed, and each site's solved pools and load.
/// </summary>
internal sealed class StepPlan(double start, double end, int sites, int flows)
{
    /// <summary>Start of the step, simulated seconds.</summary>
    public double Start { get; } = start;

    /// <summary>End of the step, simulated seconds.</summary>
    public double End { get; } = end;

    /// <summary>The site whose requests are simulated one by one over this step (a per-site window), or −1.</summary>
    public int RequestLevelSite { get; set; } = -1;

    public SiteLoad[] Loads { get; } = new SiteLoad[sites];

    public ReplicaPool?[]?[] Pools { get; } = new ReplicaPool?[sites][];

    public double[][] PoolShares { get; } = new double[sites][];

    /// <summary>Per flow, its arrival rate, requests per second.</summary>
    public double[] Arrived { get; } = new double[flows];

    /// <summary>Per flow, the rate no site took, requests per second.</summary>
    public double[] Overflow { get; } = new double[flows];

    /// <summary>Per flow, the rate each site accepted, with its round trip.</summary>
    public List<(int Site, double Rtt, double Rate)>[] Accepted { get; } = [.. Enumerable.Range(0, flows).Select(_ => new List<(int, double, double)>())];
}
