namespace NeoCloudSim.Money;

/// <summary>The whole neocloud's money over one bucket: revenue by source, cost by kind, margin and cash flow (USD).</summary>
public sealed record MoneyBucketRow
{
    /// <summary>Start of the bucket, UTC.</summary>
    public DateTime BucketStart { get; init; }

    /// <summary>Revenue of per-token classes.</summary>
    public double RevenuePerTokenUsd { get; init; }

    /// <summary>Revenue of GPU-hour classes.</summary>
    public double RevenueGpuHourUsd { get; init; }

    /// <summary>Revenue of reserved-capacity contracts: GPU-hours provided × contract price.</summary>
    public double RevenueReservedUsd { get; init; }

    /// <summary>Revenue of idle GPU-hours resold on the spot market.</summary>
    public double RevenueSpotUsd { get; init; }

    /// <summary>SLA credits refunded (a negative revenue, given as a positive amount).</summary>
    public double SlaCreditsUsd { get; init; }

    /// <summary>Revenue net of SLA credits.</summary>
    public double RevenueUsd { get; init; }

    /// <summary>Straight-line depreciation of delivered GPUs.</summary>
    public double GpuDepreciationUsd { get; init; }

    /// <summary>Straight-line depreciation of built shells.</summary>
    public double FacilityDepreciationUsd { get; init; }

    /// <summary>Energy drawn, at each site's feed prices.</summary>
    public double EnergyUsd { get; init; }

    /// <summary>Fixed operating cost of built MW.</summary>
    public double FixedOpexUsd { get; init; }

    /// <summary>Serving-software licenses on up GPU-hours.</summary>
    public double SoftwareUsd { get; init; }

    /// <summary>What partner clouds charged for burst requests.</summary>
    public double BurstUsd { get; init; }

    /// <summary>All costs above.</summary>
    public double CostUsd { get; init; }

    /// <summary>Revenue − cost.</summary>
    public double MarginUsd { get; init; }

    /// <summary>Capital spent: GPUs at delivery, shells at completion.</summary>
    public double CapexUsd { get; init; }

    /// <summary>Revenue − cash costs (energy, opex, burst) − capex.</summary>
    public double CashFlowUsd { get; init; }

    /// <summary>Cash flow discounted to the start at the scenario's rate.</summary>
    public double DiscountedCashFlowUsd { get; init; }
}
