using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Statistics;

/// <summary>A value located once and added to several tallies records exactly what adding it to each would.</summary>
public sealed class SketchedValueTests
{
    [Fact]
    public void Located_values_record_exactly_what_plain_values_do()
    {
        var random = new Random(41);
        var plain = new Tally();
        var located = new Tally();
        var other = new Tally();
        for (int i = 0; i < 20_000; i++)
        {
            double v = (i % 7) switch
            {
                0 => 0,
                1 => -random.NextDouble() * 5,
                2 => 1e-12,
                _ => Math.Exp(random.NextDouble() * 20 - 10),
            };
            plain.Add(v);
            var at = other.Sketch.Locate(v); // located by another tally's sketch of the same accuracy
            located.Add(at);
            other.Add(at);
        }

        Assert.Equal(plain.Count, located.Count);
        Assert.Equal(plain.Mean, located.Mean);
        Assert.Equal(plain.Variance, located.Variance);
        Assert.Equal(plain.Min, located.Min);
        Assert.Equal(plain.Max, located.Max);
        Assert.Equal(plain.Sketch.BinCount, located.Sketch.BinCount);
        for (double q = 0; q <= 1; q += 0.001)
        {
            Assert.Equal(plain.Quantile(q), located.Quantile(q));
        }
    }

    [Fact]
    public void A_located_value_with_a_count_records_what_that_many_single_values_do()
    {
        // The fluid model's weighted points: each value stands for several requests.
        var random = new Random(43);
        var single = new Tally();
        var weighted = new Tally();
        for (int i = 0; i < 5_000; i++)
        {
            double v = Math.Exp(random.NextDouble() * 12 - 6);
            int count = 1 + random.Next(20);
            for (int k = 0; k < count; k++)
            {
                single.Add(v);
            }

            weighted.Add(weighted.Sketch.Locate(v), count);
        }

        weighted.Add(weighted.Sketch.Locate(3.0), 0); // a point standing for nothing records nothing
        Assert.Equal(single.Count, weighted.Count);
        Assert.Equal(single.Mean, weighted.Mean, 1e-12 * single.Mean);
        Assert.Equal(single.Variance, weighted.Variance, 1e-9 * single.Variance);
        Assert.Equal(single.Min, weighted.Min);
        Assert.Equal(single.Max, weighted.Max);
        foreach (double q in new[] { 0.01, 0.5, 0.99, 0.999 })
        {
            Assert.Equal(single.Quantile(q), weighted.Quantile(q));
        }
    }

    [Fact]
    public void A_value_located_at_another_accuracy_is_refused()
    {
        var coarse = new QuantileSketch(0.05);
        var fine = new Tally(relativeAccuracy: 0.01);

        Assert.Throws<ArgumentException>(() => fine.Add(coarse.Locate(1.5)));
        Assert.Equal(0, fine.Count);
    }

    [Fact]
    public void Non_finite_values_cannot_be_located()
    {
        var sketch = new QuantileSketch();

        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Locate(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Locate(double.PositiveInfinity));
    }
}
