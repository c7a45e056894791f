namespace NeoCloudSim.Engine.Statistics;

/// <summary>
/// Statistics of a stream of observations (waiting times, TTFTs, token counts): count, mean, variance, min, max,
/// sum, and quantiles from a bounded-memory <see cref="QuantileSketch"/>.
/// </summary>
/// <remarks>Mean and variance use Welford's update, and Chan's combination in <see cref="Merge(Tally)"/>, so they stay
/// accurate over billions of observations.</remarks>
public sealed class Tally
{
    private readonly QuantileSketch _sketch;
    private double _mean;
    private double _sumOfSquaredDeviations;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="relativeAccuracy">Relative accuracy of the quantiles.</param>
    public Tally(string? name = null, double relativeAccuracy = 0.01)
    {
        Name = name;
        _sketch = new QuantileSketch(relativeAccuracy);
        Min = double.PositiveInfinity;
        Max = double.NegativeInfinity;
    }

    /// <summary>The tally's name, for reports.</summary>
    public string? Name { get; }

    /// <summary>Number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>Mean of the observations (NaN when empty).</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>Sum of the observations.</summary>
    public double Sum => _mean * Count;

    /// <summary>Sample variance, with n − 1 in the denominator (NaN with fewer than two observations).</summary>
    public double Variance => Count < 2 ? double.NaN : _sumOfSquaredDeviations / (Count - 1);

    /// <summary>Sample standard deviation.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Smallest observation (+∞ when empty).</summary>
    public double Min { get; private set; }

    /// <summary>Largest observation (−∞ when empty).</summary>
    public double Max { get; private set; }

    /// <summary>Median, within the sketch's relative accuracy.</summary>
    public double P50 => _sketch.Quantile(0.50);

    /// <summary>95th percentile, within the sketch's relative accuracy.</summary>
    public double P95 => _sketch.Quantile(0.95);

    /// <summary>99th percentile, within the sketch's relative accuracy.</summary>
    public double P99 => _sketch.Quantile(0.99);

    /// <summary>The sketch behind the quantiles (to merge or to query other quantiles).</summary>
    public QuantileSketch Sketch => _sketch;

    /// <summary>Records one observation.</summary>
    /// <param name="value">A finite value.</param>
    public void Add(double value) => Add(_sketch.Locate(value)); // throws on NaN and infinities before anything changes

    /// <summary>Records one observation whose sketch bin was located once for several tallies (see
    /// <see cref="QuantileSketch.Locate"/>); the same as <see cref="Add(double)"/> with its value.</summary>
    /// <param name="located">A value located by a sketch of this tally's accuracy.</param>
    public void Add(in SketchedValue located)
    {
        _sketch.Add(located); // throws on another accuracy before anything changes
        double value = located.Value;
        Count++;
        double delta = value - _mean;
        _mean += delta / Count;
        _sumOfSquaredDeviations += delta * (value - _mean);
        if (value < Min)
        {
            Min = value;
        }

        if (value > Max)
        {
            Max = value;
        }
    }

    /// <summary>Records <paramref name="count"/> observations of the same value (a fluid model's weighted points).</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="count">How many times it was observed; 0 records nothing.</param>
    public void Add(double value, long count) => Add(_sketch.Locate(value), count);

    /// <summary>Records <paramref name="count"/> observations of a value located once for several tallies.</summary>
    /// <param name="located">A value located by a sketch of this tally's accuracy.</param>
    /// <param name="count">How many times it was observed; 0 records nothing.</param>
    public void Add(in SketchedValue located, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return;
        }

        _sketch.Add(located, count);
        double value = located.Value;
        long n = Count + count;
        double delta = value - _mean;
        _mean += delta * count / n;
        _sumOfSquaredDeviations += delta * delta * Count * count / n;
        Count = n;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
    }

    /// <summary>The value at quantile <paramref name="q"/> in [0, 1].</summary>
    public double Quantile(double q) => _sketch.Quantile(q);

    /// <summary>Adds every observation of <paramref name="other"/>, as if it had been recorded here.</summary>
    public void Merge(Tally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        long n = Count + other.Count;
        double delta = other._mean - _mean;
        _sumOfSquaredDeviations += other._sumOfSquaredDeviations + delta * delta * Count * other.Count / n;
        _mean += delta * other.Count / n;
        Count = n;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        _sketch.Merge(other._sketch);
    }

    /// <summary>Adds every observation of <paramref name="other"/> <paramref name="weight"/> times (a sample standing
    /// for more observations than it holds).</summary>
    public void Merge(Tally other, long weight)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        if (other.Count == 0 || weight == 0)
        {
            return;
        }

        long added = other.Count * weight;
        long n = Count + added;
        double delta = other._mean - _mean;
        _sumOfSquaredDeviations += (other._sumOfSquaredDeviations * weight) + (delta * delta * Count * added / n);
        _mean += delta * added / n;
        Count = n;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        _sketch.Merge(other._sketch, weight);
    }

    /// <summary>Forgets every observation.</summary>
    public void Reset()
    {
        Count = 0;
        _mean = 0;
        _sumOfSquaredDeviations = 0;
        Min = double.PositiveInfinity;
        Max = double.NegativeInfinity;
        _sketch.Clear();
    }
}
