using NeoCloudSim.Compute;
using NeoCloudSim.Metrics;

namespace NeoCloudSim.Sites;

/// <summary>
/// What one site did in one closed bucket, handed over when the bucket closes: GPU-seconds by state, power and energy,
/// contracts, levels and the bucket's tallies per class and per SKU. Immutable: the site starts fresh tallies and
/// levels for the next bucket and never writes these again, so every result row is a projection of snapshots.
/// </summary>
public sealed record SiteBucketSnapshot
{
    /// <summary>The site as the scenario describes it (shell capex and life, fixed opex).</summary>
    public required SiteSpec Spec { get; init; }

    /// <summary>Bucket length, seconds.</summary>
    public required double Seconds { get; init; }

    /// <summary>GPU-seconds installed and up.</summary>
    public required double UpGpuSeconds { get; init; }

    /// <summary>GPU-seconds busy (serving, or rented to a contract).</summary>
    public required double BusyGpuSeconds { get; init; }

    /// <summary>GPU-seconds delivered but stranded for lack of power.</summary>
    public required double StrandedGpuSeconds { get; init; }

    /// <summary>Mean facility MW drawn (IT draw × PUE).</summary>
    public required double DrawnFacilityMegawatts { get; init; }

    /// <summary>Cost of the energy drawn, USD, at the site's cheapest energized feeds first.</summary>
    public required double EnergyCostUsd { get; init; }

    /// <summary>IT MW-seconds of built shell (for depreciation and fixed opex).</summary>
    public required double BuiltMegawattSeconds { get; init; }

    /// <summary>IT MW built when the bucket opened and when it closed (for capex).</summary>
    public required double BuiltMegawattsAtOpen { get; init; }

    /// <inheritdoc cref="BuiltMegawattsAtOpen"/>
    public required double BuiltMegawattsAtClose { get; init; }

    /// <summary>Mean GPUs delivered and installed.</summary>
    public required double MeanGpusDelivered { get; init; }

    /// <inheritdoc cref="MeanGpusDelivered"/>
    public required double MeanGpusInstalled { get; init; }

    /// <summary>Mean IT MW built, facility MW energized and IT MW usable.</summary>
    public required double MeanBuiltMegawatts { get; init; }

    /// <inheritdoc cref="MeanBuiltMegawatts"/>
    public required double MeanEnergizedMegawatts { get; init; }

    /// <inheritdoc cref="MeanBuiltMegawatts"/>
    public required double MeanUsableItMegawatts { get; init; }

    /// <summary>GPU-seconds contracts wanted and were provided (dedicated and up).</summary>
    public required double ReservedWantedGpuSeconds { get; init; }

    /// <inheritdoc cref="ReservedWantedGpuSeconds"/>
    public required double ReservedProvidedGpuSeconds { get; init; }

    /// <summary>Contract revenue earned, USD.</summary>
    public required double ReservedRevenueUsd { get; init; }

    /// <summary>Mean requests waiting, and held (waiting or in a replica).</summary>
    public required double MeanQueue { get; init; }

    /// <inheritdoc cref="MeanQueue"/>
    public required double MeanInSystem { get; init; }

    /// <summary>Per class, in scenario order, what the bucket served.</summary>
    public required IReadOnlyList<ServiceTally> Classes { get; init; }

    /// <summary>Per cluster, in the site's order.</summary>
    public required IReadOnlyList<ClusterBucketSnapshot> Clusters { get; init; }
}

/// <summary>What one cluster (the GPUs of one SKU at a site) did in one closed bucket.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="DeliveredValueUsdSeconds">Purchase value of delivered GPUs integrated over the bucket, USD·s (for depreciation).</param>
/// <param name="DeliveredValueAddedUsd">Purchase value delivered during the bucket, USD (capex).</param>
/// <param name="UpGpuSeconds">GPU-seconds up.</param>
/// <param name="BusyGpuSeconds">GPU-seconds busy.</param>
/// <param name="Served">What its replicas served, all classes.</param>
public sealed record ClusterBucketSnapshot(
    GpuSku Sku,
    double DeliveredValueUsdSeconds,
    double DeliveredValueAddedUsd,
    double UpGpuSeconds,
    double BusyGpuSeconds,
    ServiceTally Served);
