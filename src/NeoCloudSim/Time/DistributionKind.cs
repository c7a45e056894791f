namespace NeoCloudSim.Time;

/// <summary>The shape of an uncertain duration (a time to power, a lead time).</summary>
public enum DistributionKind
{
    /// <summary>Always <see cref="MonthsDistributionSpec.Months"/>.</summary>
    Fixed,

    /// <summary>Uniform between <see cref="MonthsDistributionSpec.LowMonths"/> and <see cref="MonthsDistributionSpec.HighMonths"/>.</summary>
    Uniform,

    /// <summary>Triangular between low and high with its mode at <see cref="MonthsDistributionSpec.Months"/>.</summary>
    Triangular,

    /// <summary>Log-normal with median <see cref="MonthsDistributionSpec.Months"/> and log-space deviation
    /// <see cref="MonthsDistributionSpec.Sigma"/>: long right tail, as interconnection queues have.</summary>
    LogNormal,
}
