using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Statistics;

public sealed class ConfidenceIntervalTests
{
    [Fact]
    public void The_half_width_is_t_times_the_standard_error()
    {
        double[] values = [4.1, 3.9, 4.4, 4.0, 3.7, 4.2, 4.3, 3.8, 4.0, 4.1];
        double mean = values.Average();
        double s = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / 9);
        const double t95with9 = 2.2621571628; // Student t, 0.975 quantile, 9 degrees of freedom

        var interval = ConfidenceInterval.FromSamples(values);

        Assert.Equal(mean, interval.Mean, 12);
        Assert.Equal(t95with9 * s / Math.Sqrt(10), interval.HalfWidth, 8);
        Assert.True(interval.Contains(mean));
        Assert.False(interval.Contains(interval.Upper + 1e-9));
    }

    [Fact]
    public void Ninety_five_percent_intervals_cover_the_true_mean_ninety_five_percent_of_the_time()
    {
        // Seed 41: 4,000 sets of 10 normal samples; the coverage is binomial(4000, 0.95), standard error 0.34%;
        // tolerance ±1.5% is over 4 standard errors.
        var random = new Random(41);
        int covered = 0;
        const int sets = 4_000;
        var sample = new double[10];
        for (int s = 0; s < sets; s++)
        {
            for (int i = 0; i < sample.Length; i++)
            {
                sample[i] = 7 + 2 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            }

            if (ConfidenceInterval.FromSamples(sample).Contains(7))
            {
                covered++;
            }
        }

        Assert.InRange((double)covered / sets, 0.935, 0.965);
    }

    [Fact]
    public void One_replication_is_not_enough()
    {
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromSamples([1.0]));
    }
}
