using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Statistics;

public sealed class TallyTests
{
    [Fact]
    public void Moments_and_extremes_match_a_two_pass_computation()
    {
        var random = new Random(31);
        var values = Enumerable.Range(0, 10_000).Select(_ => 1e6 + random.NextDouble() * 10).ToArray();
        var tally = new Tally("waits");
        foreach (double v in values)
        {
            tally.Add(v);
        }

        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        Assert.Equal(values.Length, tally.Count);
        Assert.Equal(mean, tally.Mean, 1e-9 * mean);
        Assert.Equal(variance, tally.Variance, 1e-9 * variance * 1e3); // large offset: two-pass is the reference
        Assert.Equal(values.Min(), tally.Min);
        Assert.Equal(values.Max(), tally.Max);
        Assert.Equal(values.Sum(), tally.Sum, 1e-9 * values.Sum());
    }

    [Fact]
    public void Merging_gives_the_single_stream_result()
    {
        var random = new Random(37);
        var whole = new Tally();
        var a = new Tally();
        var b = new Tally();
        for (int i = 0; i < 5_000; i++)
        {
            double v = random.NextDouble() * 3 + (i < 1_000 ? 10 : 0);
            whole.Add(v);
            (i < 1_000 ? a : b).Add(v);
        }

        a.Merge(b);
        Assert.Equal(whole.Count, a.Count);
        Assert.Equal(whole.Mean, a.Mean, 1e-12);
        Assert.Equal(whole.Variance, a.Variance, 1e-10);
        Assert.Equal(whole.P99, a.P99);
        Assert.Equal(whole.Min, a.Min);
        Assert.Equal(whole.Max, a.Max);
    }

    [Fact]
    public void An_empty_tally_has_no_mean_and_a_NaN_is_refused_without_side_effects()
    {
        var tally = new Tally();
        Assert.True(double.IsNaN(tally.Mean));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(double.NaN));
        Assert.Equal(0, tally.Count);
        tally.Add(2);
        tally.Add(4);
        Assert.Equal(3, tally.Mean);
        Assert.Equal(2, tally.Variance);
        tally.Reset();
        Assert.Equal(0, tally.Count);
    }
}
