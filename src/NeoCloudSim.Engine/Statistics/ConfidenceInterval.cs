using System.Globalization;
using MathNet.Numerics.Distributions;

namespace NeoCloudSim.Engine.Statistics;

/// <summary>
/// A confidence interval for a mean estimated from independent replications: mean ± t · s/√n with Student's t
/// quantile for n − 1 degrees of freedom.
/// </summary>
/// <param name="Mean">The sample mean.</param>
/// <param name="HalfWidth">Half the width of the interval.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Count">Number of replications.</param>
public readonly record struct ConfidenceInterval(double Mean, double HalfWidth, double Level, int Count)
{
    /// <summary>Lower bound.</summary>
    public double Lower => Mean - HalfWidth;

    /// <summary>Upper bound.</summary>
    public double Upper => Mean + HalfWidth;

    /// <summary>True when <paramref name="value"/> lies within the interval (bounds included).</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The interval for the mean of <paramref name="replicationValues"/>, one value per replication.</summary>
    /// <param name="replicationValues">At least two finite values.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static ConfidenceInterval FromSamples(ReadOnlySpan<double> replicationValues, double level = 0.95)
    {
        if (replicationValues.Length < 2)
        {
            throw new ArgumentException("A confidence interval needs at least two replications.", nameof(replicationValues));
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level must lie in (0, 1).");
        }

        int n = replicationValues.Length;
        double mean = 0;
        foreach (double v in replicationValues)
        {
            mean += v;
        }

        mean /= n;
        double squares = 0;
        foreach (double v in replicationValues)
        {
            squares += (v - mean) * (v - mean);
        }

        double standardError = Math.Sqrt(squares / (n - 1) / n);
        double t = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - level) / 2);
        return new ConfidenceInterval(mean, t * standardError, level, n);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mean:G6} ± {HalfWidth:G4} ({Level:P1}, n = {Count})");
}
