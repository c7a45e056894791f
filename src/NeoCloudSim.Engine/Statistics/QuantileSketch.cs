using System.Globalization;

namespace NeoCloudSim.Engine.Statistics;

/// <summary>
/// Quantiles of a stream of values in bounded memory, with a relative-error guarantee: a DDSketch (Masson, Rim and
/// Lee, VLDB 2019). Used for latency percentiles (p50/p95/p99) over millions of requests, and mergeable, so that
/// sketches per site or per replication combine into exact-as-one sketches of the whole.
/// </summary>
/// <remarks>
/// <para>A value x &gt; 0 falls into bin i = ceil(log(x) / log(γ)) with γ = (1 + α)/(1 − α); the bin's representative
/// value 2γ^i/(γ + 1) is within a relative error α of every value in the bin. Negative values go to a mirrored store,
/// and values of magnitude below <see cref="MinIndexableValue"/> to a zero bin. When a store would exceed its bin
/// budget the lowest bins are collapsed into one, so memory stays bounded and the high quantiles — the ones latency
/// questions are about — keep their accuracy.</para>
/// <para>Rank convention: <c>Quantile(q)</c> is the value of rank floor(q (n − 1)) (0-based) in the sorted stream,
/// clamped to the exact minimum and maximum, so <c>Quantile(0)</c> is the minimum and <c>Quantile(1)</c> the maximum.</para>
/// <para>One piece because the positive, negative and zero stores, their collapsing and the merge share one bin
/// mapping and its invariants.</para>
/// </remarks>
public sealed class QuantileSketch
{
    /// <summary>Magnitudes below this count as zero (1e-9: a nanosecond, when values are seconds).</summary>
    public const double MinIndexableValue = 1e-9;

    private readonly double _logGamma;
    private readonly BinStore _positive;
    private readonly BinStore _negative;
    private long _zeroCount;

    /// <summary>Creates an empty sketch.</summary>
    /// <param name="relativeAccuracy">α, the largest relative error of a quantile, in (0, 1).</param>
    /// <param name="maxBins">Largest number of bins per sign; at least 16.</param>
    public QuantileSketch(double relativeAccuracy = 0.01, int maxBins = 2048)
    {
        if (!(relativeAccuracy > 0 && relativeAccuracy < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeAccuracy), relativeAccuracy, "The relative accuracy must lie in (0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxBins, 16);
        RelativeAccuracy = relativeAccuracy;
        MaxBins = maxBins;
        Gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
        _logGamma = Math.Log(Gamma);
        _positive = new BinStore(maxBins);
        _negative = new BinStore(maxBins);
        Min = double.PositiveInfinity;
        Max = double.NegativeInfinity;
    }

    /// <summary>α, the relative accuracy guaranteed for quantiles in the non-collapsed range.</summary>
    public double RelativeAccuracy { get; }

    /// <summary>The bin budget per sign.</summary>
    public int MaxBins { get; }

    /// <summary>γ = (1 + α)/(1 − α), the ratio between the bounds of a bin.</summary>
    public double Gamma { get; }

    /// <summary>Number of values added.</summary>
    public long Count { get; private set; }

    /// <summary>Smallest value added (+∞ when empty).</summary>
    public double Min { get; private set; }

    /// <summary>Largest value added (−∞ when empty).</summary>
    public double Max { get; private set; }

    /// <summary>Number of bins in use (both signs), never more than twice <see cref="MaxBins"/>.</summary>
    public int BinCount => _positive.BinCount + _negative.BinCount;

    /// <summary>Adds one value.</summary>
    public void Add(double value) => Add(value, 1);

    /// <summary>Adds a value <paramref name="count"/> times.</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="count">How many times; positive.</param>
    public void Add(double value, long count) => Add(Locate(value), count);

    /// <summary>The bin of <paramref name="value"/>, to add it to this sketch and others of the same accuracy while
    /// computing the bin once.</summary>
    /// <param name="value">A finite value.</param>
    public SketchedValue Locate(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A quantile sketch takes finite values only.");
        }

        return value > MinIndexableValue ? new SketchedValue(value, Index(value), 1, RelativeAccuracy)
            : value < -MinIndexableValue ? new SketchedValue(value, Index(-value), -1, RelativeAccuracy)
            : new SketchedValue(value, 0, 0, RelativeAccuracy);
    }

    /// <summary>Adds a value located by a sketch of the same accuracy (this one or another).</summary>
    /// <exception cref="ArgumentException">The value was located by a sketch of another accuracy.</exception>
    public void Add(in SketchedValue located) => Add(located, 1);

    /// <summary>Adds a located value <paramref name="count"/> times.</summary>
    /// <param name="located">A value located by a sketch of the same accuracy.</param>
    /// <param name="count">How many times; positive.</param>
    public void Add(in SketchedValue located, long count)
    {
        if (located.RelativeAccuracy != RelativeAccuracy)
        {
            ThrowOtherAccuracy(located);
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        double value = located.Value;
        if (located.Sign > 0)
        {
            _positive.Add(located.Index, count);
        }
        else if (located.Sign < 0)
        {
            _negative.Add(located.Index, count);
        }
        else
        {
            _zeroCount += count;
        }

        Count += count;
        if (value < Min)
        {
            Min = value;
        }

        if (value > Max)
        {
            Max = value;
        }
    }

    /// <summary>The value at quantile <paramref name="q"/>, within the relative accuracy; NaN when empty.</summary>
    /// <param name="q">The quantile, in [0, 1] (0.99 for p99).</param>
    public double Quantile(double q)
    {
        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "A quantile must lie in [0, 1].");
        }

        if (Count == 0)
        {
            return double.NaN;
        }

        long rank = (long)Math.Floor(q * (Count - 1));
        if (rank == 0)
        {
            return Min;
        }

        if (rank == Count - 1)
        {
            return Max;
        }

        double value;
        long negatives = _negative.Total;
        if (rank < negatives)
        {
            // Negative values, largest magnitude first: rank r among negatives is rank (negatives - 1 - r) by magnitude.
            value = -Representative(_negative.IndexAtRank(negatives - 1 - rank));
        }
        else if (rank < negatives + _zeroCount)
        {
            value = 0;
        }
        else
        {
            value = Representative(_positive.IndexAtRank(rank - negatives - _zeroCount));
        }

        return Math.Clamp(value, Min, Max);
    }

    /// <summary>Adds every value of <paramref name="other"/> to this sketch, as if they had been added here.</summary>
    /// <exception cref="ArgumentException">The sketches have different accuracies.</exception>
    public void Merge(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.RelativeAccuracy != RelativeAccuracy)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot merge a sketch of accuracy {other.RelativeAccuracy} into one of accuracy {RelativeAccuracy}."),
                nameof(other));
        }

        if (other.Count == 0)
        {
            return;
        }

        _positive.Merge(other._positive);
        _negative.Merge(other._negative);
        _zeroCount += other._zeroCount;
        Count += other.Count;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>Adds every value of <paramref name="other"/> <paramref name="weight"/> times (a stratified sample
    /// standing for more values than it holds).</summary>
    public void Merge(QuantileSketch other, long weight)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        if (weight == 0 || other.Count == 0)
        {
            return;
        }

        if (other.RelativeAccuracy != RelativeAccuracy)
        {
            throw new ArgumentException("Cannot merge sketches of different accuracies.", nameof(other));
        }

        _positive.Merge(other._positive, weight);
        _negative.Merge(other._negative, weight);
        _zeroCount += other._zeroCount * weight;
        Count += other.Count * weight;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>Forgets every value.</summary>
    public void Clear()
    {
        _positive.Clear();
        _negative.Clear();
        _zeroCount = 0;
        Count = 0;
        Min = double.PositiveInfinity;
        Max = double.NegativeInfinity;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowOtherAccuracy(SketchedValue located) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"A value located by a sketch of accuracy {located.RelativeAccuracy} cannot go into one of accuracy {RelativeAccuracy}."),
            nameof(located));

    private int Index(double magnitude) => (int)Math.Ceiling(Math.Log(magnitude) / _logGamma);

    private double Representative(int index) => 2 * Math.Pow(Gamma, index) / (Gamma + 1);

    /// <summary>Counts per bin index in a dense window [offset, offset + length), collapsing the lowest bins.</summary>
    private sealed class BinStore(int maxBins)
    {
        private long[] _counts = [];
        private int _offset;   // bin index of _counts[0]
        private int _length;   // bins in use, from _offset

        public long Total { get; private set; }

        public int BinCount => _length;

        public void Add(int index, long count)
        {
            Total += count;
            if (_length == 0)
            {
                EnsureCapacity(16);
                _offset = index;
                _length = 1;
                _counts[0] += count;
                return;
            }

            if (index < _offset)
            {
                if (_offset + _length - index > maxBins)
                {
                    // No room to reach down to the index: extend as far as the budget allows, and the lowest bin
                    // absorbs the value (the collapsing-lowest rule).
                    int room = maxBins - _length;
                    if (room > 0)
                    {
                        ExtendDown(_offset - room);
                    }

                    _counts[0] += count;
                    return;
                }

                // Reach as far again below the index as the window is long (within the budget), so values coming in
                // falling order move the counts a logarithmic number of times, not once each. The extra bins are
                // empty: quantiles and folding are as without them.
                ExtendDown(Math.Max(index - _length, _offset + _length - maxBins));
            }
            else if (index >= _offset + _length)
            {
                int newLength = index - _offset + 1;
                if (newLength > maxBins)
                {
                    FoldBelow(index - maxBins + 1);
                    newLength = maxBins;
                }

                EnsureCapacity(newLength);
                _length = newLength;
            }

            _counts[index - _offset] += count;
        }

        public int IndexAtRank(long rank)
        {
            long seen = 0;
            for (int i = 0; i < _length; i++)
            {
                seen += _counts[i];
                if (seen > rank)
                {
                    return _offset + i;
                }
            }

            return _offset + _length - 1;
        }

        public void Merge(BinStore other, long weight = 1)
        {
            for (int i = 0; i < other._length; i++)
            {
                if (other._counts[i] > 0)
                {
                    Add(other._offset + i, other._counts[i] * weight);
                }
            }
        }

        public void Clear()
        {
            Array.Clear(_counts);
            _length = 0;
            _offset = 0;
            Total = 0;
        }

        /// <summary>Moves the window's start down to <paramref name="index"/>, keeping the counts.</summary>
        private void ExtendDown(int index)
        {
            int shift = _offset - index;
            EnsureCapacity(_length + shift);
            Array.Copy(_counts, 0, _counts, shift, _length);
            Array.Clear(_counts, 0, shift);
            _offset = index;
            _length += shift;
        }

        /// <summary>Moves the window's start up to <paramref name="newOffset"/>: every bin below it is folded into
        /// it (the collapsing-lowest rule).</summary>
        private void FoldBelow(int newOffset)
        {
            int shift = newOffset - _offset;
            long folded = 0;
            for (int i = 0; i < _length && i <= shift; i++)
            {
                folded += _counts[i];
            }

            int remaining = Math.Max(0, _length - (shift + 1));
            if (remaining > 0)
            {
                Array.Copy(_counts, shift + 1, _counts, 1, remaining);
            }

            _counts[0] = folded;
            Array.Clear(_counts, 1 + remaining, _counts.Length - 1 - remaining);
            _offset = newOffset;
            _length = 1 + remaining;
        }

        private void EnsureCapacity(int length)
        {
            if (_counts.Length < length)
            {
                Array.Resize(ref _counts, Math.Min(Math.Max(length, _counts.Length * 2), maxBins));
            }
        }
    }
}
