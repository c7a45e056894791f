namespace NeoCloudSim.Metrics;

/// <summary>One site over one bucket: GPUs by state (time-weighted means), utilization, power and energy.</summary>
public sealed record SiteBucketRow
{
    /// <summary>Start of the bucket, UTC.</summary>
    public DateTime BucketStart { get; init; }

    /// <summary>Length of the bucket, in hours.</summary>
    public double BucketHours { get; init; }

    /// <summary>Site id.</summary>
    public string Site { get; init; } = "";

    /// <summary>Mean GPUs delivered.</summary>
    public double GpusDelivered { get; init; }

    /// <summary>Mean GPUs installed.</summary>
    public double GpusInstalled { get; init; }

    /// <summary>Mean GPUs installed and up.</summary>
    public double GpusUp { get; init; }

    /// <summary>Mean GPUs busy.</summary>
    public double GpusBusy { get; init; }

    /// <summary>Mean GPUs stranded (delivered, not powered).</summary>
    public double GpusStranded { get; init; }

    /// <summary>Busy GPU-seconds / up GPU-seconds (0 when nothing is up).</summary>
    public double Utilization { get; init; }

    /// <summary>Up GPU-hours.</summary>
    public double GpuHoursUp { get; init; }

    /// <summary>Busy GPU-hours.</summary>
    public double GpuHoursBusy { get; init; }

    /// <summary>Stranded GPU-days.</summary>
    public double StrandedGpuDays { get; init; }

    /// <summary>Mean IT MW of built shell.</summary>
    public double BuiltMw { get; init; }

    /// <summary>Mean facility MW energized.</summary>
    public double EnergizedMw { get; init; }

    /// <summary>Mean usable IT MW.</summary>
    public double UsableItMw { get; init; }

    /// <summary>Mean facility MW drawn (IT draw × PUE).</summary>
    public double DrawnMw { get; init; }

    /// <summary>Facility energy drawn, MWh.</summary>
    public double EnergyMwh { get; init; }

    /// <summary>Cost of that energy, USD.</summary>
    public double EnergyCostUsd { get; init; }

    /// <summary>GPU-hours reserved by contracts and provided.</summary>
    public double ReservedGpuHours { get; init; }

    /// <summary>GPU-hours contracts reserved but the site could not provide.</summary>
    public double ReservedShortfallGpuHours { get; init; }

    /// <summary>Mean requests waiting.</summary>
    public double QueueMean { get; init; }

    /// <summary>Mean requests at the site (waiting or served).</summary>
    public double InSystemMean { get; init; }
}
