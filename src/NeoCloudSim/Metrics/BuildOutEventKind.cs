namespace NeoCloudSim.Metrics;

/// <summary>State changes of the slow world, each a row in the build-out events results.</summary>
public enum BuildOutEventKind
{
    /// <summary>A site's shell was finished: its IT MW can be used once power is there.</summary>
    ShellBuilt,

    /// <summary>A power feed was requested.</summary>
    FeedRequested,

    /// <summary>A phase of a power feed was energized.</summary>
    FeedEnergized,

    /// <summary>GPUs were ordered.</summary>
    GpusOrdered,

    /// <summary>GPUs were delivered to a site.</summary>
    GpusDelivered,

    /// <summary>Delivered GPUs were installed and started serving.</summary>
    GpusInstalled,

    /// <summary>Delivered GPUs could not be installed for lack of power.</summary>
    GpusStranded,

    /// <summary>A replica failed.</summary>
    ReplicaFailed,

    /// <summary>A failed replica was repaired.</summary>
    ReplicaRepaired,
}
