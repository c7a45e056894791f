using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Metrics;

/// <summary>
/// The time-weighted levels of one site — GPUs by state, power, queue — over the current bucket. Integrals give
/// GPU-seconds and MWh; <see cref="Restart"/> opens the next bucket keeping every level.
/// </summary>
public sealed class SiteMonitors
{
    /// <summary>Creates the monitors, all levels zero, window opening at <paramref name="start"/>.</summary>
    public SiteMonitors(double start)
    {
        Delivered = new TimeWeightedMonitor(start);
        Installed = new TimeWeightedMonitor(start);
        Up = new TimeWeightedMonitor(start);
        Busy = new TimeWeightedMonitor(start);
        Stranded = new TimeWeightedMonitor(start);
        BuiltMegawatts = new TimeWeightedMonitor(start);
        EnergizedMegawatts = new TimeWeightedMonitor(start);
        UsableItMegawatts = new TimeWeightedMonitor(start);
        DrawnItMegawatts = new TimeWeightedMonitor(start);
        Queue = new TimeWeightedMonitor(start);
        InSystem = new TimeWeightedMonitor(start);
        ReservedWanted = new TimeWeightedMonitor(start);
        ReservedProvided = new TimeWeightedMonitor(start);
        ReservedRevenueRate = new TimeWeightedMonitor(start);
    }

    /// <summary>GPUs that active contracts reserve.</summary>
    public TimeWeightedMonitor ReservedWanted { get; }

    /// <summary>Reserved GPUs actually provided (dedicated and up), at most those wanted.</summary>
    public TimeWeightedMonitor ReservedProvided { get; }

    /// <summary>Contract revenue per second, USD/s.</summary>
    public TimeWeightedMonitor ReservedRevenueRate { get; }

    /// <summary>GPUs delivered.</summary>
    public TimeWeightedMonitor Delivered { get; }

    /// <summary>GPUs installed.</summary>
    public TimeWeightedMonitor Installed { get; }

    /// <summary>GPUs installed and up (their replica not failed).</summary>
    public TimeWeightedMonitor Up { get; }

    /// <summary>GPUs of replicas serving at least one request.</summary>
    public TimeWeightedMonitor Busy { get; }

    /// <summary>GPUs delivered but not installed for lack of power.</summary>
    public TimeWeightedMonitor Stranded { get; }

    /// <summary>IT MW of the built shell.</summary>
    public TimeWeightedMonitor BuiltMegawatts { get; }

    /// <summary>Facility MW energized.</summary>
    public TimeWeightedMonitor EnergizedMegawatts { get; }

    /// <summary>IT MW usable: min(built, energized / PUE).</summary>
    public TimeWeightedMonitor UsableItMegawatts { get; }

    /// <summary>IT MW drawn by installed GPUs: idle share when idle, full when busy.</summary>
    public TimeWeightedMonitor DrawnItMegawatts { get; }

    /// <summary>Requests waiting in the site's queue.</summary>
    public TimeWeightedMonitor Queue { get; }

    /// <summary>Requests at the site: waiting or in a replica.</summary>
    public TimeWeightedMonitor InSystem { get; }

    /// <summary>Opens a new window at <paramref name="time"/>, keeping every level.</summary>
    public void Restart(double time)
    {
        Delivered.Reset(time);
        Installed.Reset(time);
        Up.Reset(time);
        Busy.Reset(time);
        Stranded.Reset(time);
        BuiltMegawatts.Reset(time);
        EnergizedMegawatts.Reset(time);
        UsableItMegawatts.Reset(time);
        DrawnItMegawatts.Reset(time);
        Queue.Reset(time);
        InSystem.Reset(time);
        ReservedWanted.Reset(time);
        ReservedProvided.Reset(time);
        ReservedRevenueRate.Reset(time);
    }
}
