using MathNet.Numerics.Distributions;
using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Time;

/// <summary>An uncertain duration in months, e.g. a grid connection's time to power.</summary>
public sealed record MonthsDistributionSpec
{
    /// <summary>The distribution's shape.</summary>
    public DistributionKind Kind { get; init; } = DistributionKind.Fixed;

    /// <summary>Months: the value (fixed), the mode (triangular) or the median (log-normal).</summary>
    public double Months { get; init; }

    /// <summary>Lowest value in months (uniform, triangular).</summary>
    public double LowMonths { get; init; }

    /// <summary>Highest value in months (uniform, triangular).</summary>
    public double HighMonths { get; init; }

    /// <summary>Standard deviation of the logarithm (log-normal), e.g. 0.3.</summary>
    public double Sigma { get; init; }

    /// <summary>A fixed duration.</summary>
    public static MonthsDistributionSpec Fixed(double months) => new() { Kind = DistributionKind.Fixed, Months = months };

    /// <summary>Draws a duration in months (never negative).</summary>
    public double SampleMonths(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double months = Kind switch
        {
            DistributionKind.Fixed => Months,
            DistributionKind.Uniform => LowMonths + (HighMonths - LowMonths) * random.NextUniform(),
            DistributionKind.Triangular => Triangular.Sample(random, LowMonths, HighMonths, Months),
            DistributionKind.LogNormal => Months * Math.Exp(Sigma * Normal.Sample(random, 0, 1)),
            _ => throw new InvalidOperationException($"Unknown distribution kind {Kind}."),
        };
        return Math.Max(0, months);
    }
}
