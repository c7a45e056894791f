using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Statistics;

public sealed class QuantileSketchTests
{
    private static readonly double[] Quantiles = [0.5, 0.95, 0.99];

    private static double Exact(double[] sorted, double q) => sorted[(int)Math.Floor(q * (sorted.Length - 1))];

    private static void AssertWithinRelativeAccuracy(double[] values, QuantileSketch sketch)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        foreach (double q in Quantiles)
        {
            double exact = Exact(sorted, q);
            double estimate = sketch.Quantile(q);
            Assert.True(
                Math.Abs(estimate - exact) <= sketch.RelativeAccuracy * Math.Abs(exact) + 1e-12,
                $"q={q}: sketch {estimate}, exact {exact}");
        }
    }

    [Fact]
    public void Quantiles_of_exponential_and_lognormal_samples_are_within_the_relative_accuracy()
    {
        // Seed 17, 100,000 draws of each: the DDSketch guarantee is deterministic (every value in a bin is within
        // α of its representative), so the tolerance is exactly α = 1% of the exact order statistic.
        var random = new Random(17);
        var exponential = new double[100_000];
        var lognormal = new double[100_000];
        var expSketch = new QuantileSketch();
        var logSketch = new QuantileSketch();
        for (int i = 0; i < exponential.Length; i++)
        {
            exponential[i] = -Math.Log(1 - random.NextDouble());
            expSketch.Add(exponential[i]);
            double normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            lognormal[i] = Math.Exp(3 + 1.5 * normal);
            logSketch.Add(lognormal[i]);
        }

        AssertWithinRelativeAccuracy(exponential, expSketch);
        AssertWithinRelativeAccuracy(lognormal, logSketch);
        Assert.Equal(exponential.Min(), expSketch.Quantile(0));
        Assert.Equal(exponential.Max(), expSketch.Quantile(1));
    }

    [Fact]
    public void Zeros_and_negative_values_are_ranked_correctly()
    {
        var values = new List<double>();
        var sketch = new QuantileSketch();
        for (int i = -500; i < 500; i++)
        {
            double v = i < -100 ? i * 0.37 : i < 100 ? 0 : i * 1.7;
            values.Add(v);
            sketch.Add(v);
        }

        var sorted = values.Order().ToArray();
        foreach (double q in new[] { 0.0, 0.1, 0.3, 0.45, 0.5, 0.7, 0.99, 1.0 })
        {
            double exact = Exact(sorted, q);
            Assert.True(Math.Abs(sketch.Quantile(q) - exact) <= 0.01 * Math.Abs(exact) + 1e-12, $"q={q}: {sketch.Quantile(q)} vs {exact}");
        }
    }

    [Fact]
    public void Memory_stays_bounded_and_high_quantiles_stay_accurate_when_bins_collapse()
    {
        // Values spanning 20 decades need about 2,300 bins at 1%; a budget of 64 collapses the lowest ones.
        var sketch = new QuantileSketch(0.01, maxBins: 64);
        var values = new List<double>();
        var random = new Random(5);
        for (int i = 0; i < 50_000; i++)
        {
            double v = Math.Pow(10, -8 + 20 * random.NextDouble());
            values.Add(v);
            sketch.Add(v);
        }

        Assert.True(sketch.BinCount <= 64, $"{sketch.BinCount} bins");
        var sorted = values.Order().ToArray();
        double exactMax = sorted[^1];
        Assert.Equal(exactMax, sketch.Quantile(1));
        // The 64 kept bins cover the top 64 * ln(γ) / ln(10) ≈ 0.56 decade: the top 2.5% of these values.
        double exact = Exact(sorted, 0.99);
        Assert.True(Math.Abs(sketch.Quantile(0.99) - exact) <= 0.01 * exact, $"p99 {sketch.Quantile(0.99)} vs {exact}");
    }

    [Theory]
    [InlineData(2048)]
    [InlineData(64)]
    public void Values_in_falling_order_give_the_same_quantiles_as_in_rising_order(int maxBins)
    {
        // The window reaches further down than asked when it grows downwards: its empty bins must change nothing,
        // neither the quantiles nor what collapses when the budget is short.
        var random = new Random(3);
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Pow(10, -6 + (9 * random.NextDouble()))).Order().ToArray();
        var rising = new QuantileSketch(0.01, maxBins);
        var falling = new QuantileSketch(0.01, maxBins);
        foreach (double v in values)
        {
            rising.Add(v);
        }

        foreach (double v in values.Reverse())
        {
            falling.Add(v);
        }

        Assert.True(falling.BinCount <= maxBins, $"{falling.BinCount} bins");
        foreach (double q in new[] { 0.001, 0.01, 0.25, 0.5, 0.9, 0.99, 0.999 })
        {
            Assert.Equal(rising.Quantile(q), falling.Quantile(q));
        }
    }

    [Fact]
    public void A_jump_far_above_the_window_folds_everything_below()
    {
        var sketch = new QuantileSketch(0.01, maxBins: 16);
        sketch.Add(1e-6);
        sketch.Add(1e9);
        Assert.True(sketch.BinCount <= 16);
        Assert.Equal(2, sketch.Count);
        Assert.Equal(1e9, sketch.Quantile(1));
    }

    [Fact]
    public void Merging_two_halves_equals_sketching_the_whole()
    {
        var random = new Random(23);
        var whole = new QuantileSketch();
        var left = new QuantileSketch();
        var right = new QuantileSketch();
        for (int i = 0; i < 20_000; i++)
        {
            double v = random.NextDouble() * 1000 - 100;
            whole.Add(v);
            (i % 2 == 0 ? left : right).Add(v);
        }

        left.Merge(right);
        Assert.Equal(whole.Count, left.Count);
        foreach (double q in new[] { 0.0, 0.01, 0.25, 0.5, 0.95, 0.99, 1.0 })
        {
            Assert.Equal(whole.Quantile(q), left.Quantile(q));
        }
    }

    [Fact]
    public void An_empty_sketch_has_no_quantiles_and_bad_input_throws()
    {
        var sketch = new QuantileSketch();
        Assert.True(double.IsNaN(sketch.Quantile(0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Quantile(1.5));
        Assert.Throws<ArgumentException>(() => sketch.Merge(new QuantileSketch(0.02)));
    }
}
