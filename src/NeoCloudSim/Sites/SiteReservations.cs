using NeoCloudSim.Metrics;
using NeoCloudSim.Serving;
using NeoCloudSim.Time;

namespace NeoCloudSim.Sites;

/// <summary>
/// Reserved-capacity contracts at a site: the GPUs they want, the replicas dedicated to them, and the levels of GPUs
/// wanted, provided and the contract revenue rate.
/// </summary>
/// <remarks>
/// Idle replicas are dedicated, in installation order, until the reserved GPUs cover what contracts want; replicas
/// beyond it are given back, newest first. A dedicated replica counts as busy (it is rented) and serves no on-demand
/// request.
/// </remarks>
internal sealed class SiteReservations
{
    private readonly ReplicaFleet _fleet;
    private readonly SiteMonitors _monitors;
    private int _wantedGpus;
    private double _usdPerHourTotal; // Σ contract GPUs × price, for the mean contract price
    private int _reservedGpus; // GPUs of replicas dedicated to contracts (up or down)

    public SiteReservations(ReplicaFleet fleet, SiteMonitors monitors)
    {
        _fleet = fleet;
        _monitors = monitors;
    }

    /// <summary>Whether contracts want more GPUs than are dedicated to them.</summary>
    public bool Short => _reservedGpus < _wantedGpus;

    /// <summary>Starts (positive <paramref name="gpus"/>) or ends (negative) a contract at <paramref name="usdPerGpuHour"/>.</summary>
    public void ChangeContracts(int gpus, double usdPerGpuHour)
    {
        _wantedGpus += gpus;
        _usdPerHourTotal += gpus * usdPerGpuHour;
    }

    /// <summary>Counts a replica of <paramref name="gpus"/> GPUs dedicated to (true) or freed from contracts.</summary>
    public void Count(int gpus, bool reserved) => _reservedGpus += reserved ? gpus : -gpus;

    /// <summary>
    /// Dedicates idle replicas until the reserved GPUs cover what contracts want, or gives replicas back when they
    /// exceed it, through <paramref name="setReserved"/>; then updates the levels.
    /// </summary>
    public void Rebalance(Action<Replica, bool> setReserved, double now)
    {
        var replicas = _fleet.Replicas;
        for (int i = 0; i < replicas.Count && _reservedGpus < _wantedGpus; i++)
        {
            var replica = replicas[i];
            if (!replica.Reserved && replica.Phase == ReplicaPhase.Idle)
            {
                setReserved(replica, true);
            }
        }

        for (int i = replicas.Count - 1; i >= 0 && _reservedGpus - _fleet.ClusterOf(i).GpusPerReplica >= _wantedGpus; i--)
        {
            if (replicas[i].Reserved)
            {
                setReserved(replicas[i], false);
            }
        }

        UpdateLevels(now);
    }

    /// <summary>Updates the levels of reserved GPUs wanted and provided (dedicated and up), and the revenue rate.</summary>
    public void UpdateLevels(double now)
    {
        var replicas = _fleet.Replicas;
        int provided = 0;
        for (int i = 0; i < replicas.Count && _reservedGpus > 0; i++) // no replica reserved: nothing to count
        {
            if (replicas[i].Reserved && replicas[i].Phase != ReplicaPhase.Down)
            {
                provided += _fleet.ClusterOf(i).GpusPerReplica;
            }
        }

        provided = Math.Min(provided, _wantedGpus);
        double meanPrice = _wantedGpus > 0 ? _usdPerHourTotal / _wantedGpus : 0;
        _monitors.ReservedWanted.Update(now, _wantedGpus);
        _monitors.ReservedProvided.Update(now, provided);
        _monitors.ReservedRevenueRate.Update(now, provided * meanPrice / Durations.SecondsPerHour);
    }
}
