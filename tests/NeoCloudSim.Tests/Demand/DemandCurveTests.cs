using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Time;

namespace NeoCloudSim.Tests.Demand;

public sealed class DemandCurveTests
{
    private static readonly ScenarioClock Clock = new(new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc)); // a Monday

    private static int Count(DemandCurve curve, double horizon, ulong seed)
    {
        var stream = new PoissonArrivalStream(curve, new RequestSizes(new TokenSizeSpec(), new TokenSizeSpec(), RandomStream.Derive(seed, "sizes")), RandomStream.Derive(seed, "arrivals"), horizon);
        int count = 0;
        double last = -1;
        while (stream.TryNext(out var arrival))
        {
            Assert.True(arrival.Time > last, "arrivals must come in strictly increasing time");
            last = arrival.Time;
            count++;
        }

        return count;
    }

    [Fact]
    public void Elasticity_moves_demand_by_the_formula()
    {
        // Doubling the price with elasticity 0.7 multiplies the rate by 2^-0.7 exactly, and the arrival count over
        // 20 days (~1.7 M arrivals) by that factor within 4 standard deviations of the Poisson counts (seed 3).
        var spec = new DemandCurveSpec { BaseRatePerSecond = 1, Elasticity = 0.7, ReferencePriceUsd = 1 };
        var atReference = new DemandCurve(spec, Clock, 0, _ => 1.0, null);
        var doubled = new DemandCurve(spec, Clock, 0, _ => 2.0, null);
        Assert.Equal(Math.Pow(2, -0.7), doubled.RatePerSecond(1234) / atReference.RatePerSecond(1234), 12);
        Assert.Equal(Math.Pow(2, -0.7), DemandCurve.ElasticityFactor(2, 1, 0.7), 12);

        double horizon = 20 * Durations.SecondsPerDay;
        double nA = Count(atReference, horizon, 3), nB = Count(doubled, horizon, 4);
        double ratio = nB / nA;
        double sd = Math.Pow(2, -0.7) * Math.Sqrt(1 / nA + 1 / nB);
        Assert.InRange(ratio, Math.Pow(2, -0.7) - 4 * sd, Math.Pow(2, -0.7) + 4 * sd);
    }

    [Fact]
    public void Growth_kinds_give_their_multipliers()
    {
        Assert.Equal(3, new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 3 }.MultiplierAt(1), 12);
        Assert.Equal(9, new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 3 }.MultiplierAt(2), 12);
        var logistic = new GrowthSpec { Kind = GrowthKind.Logistic, Ceiling = 10, MidpointYears = 2, SteepnessPerYear = 3 };
        Assert.Equal(1, logistic.MultiplierAt(0), 12);
        Assert.InRange(logistic.MultiplierAt(20), 9.99, 10);
        Assert.True(logistic.MultiplierAt(2) > logistic.MultiplierAt(1));
        var piecewise = new GrowthSpec { Kind = GrowthKind.Piecewise, Points = [new() { Years = 0, Multiplier = 1 }, new() { Years = 2, Multiplier = 5 }] };
        Assert.Equal(3, piecewise.MultiplierAt(1), 12);
        Assert.Equal(5, piecewise.MultiplierAt(7), 12);
    }

    [Fact]
    public void The_daily_shape_applies_in_local_time()
    {
        var shape = Enumerable.Repeat(0.5, 24).ToList();
        shape[20] = 12.0; // evening peak at 20:00 local
        var spec = new DemandCurveSpec { BaseRatePerSecond = 1, DailyShape = shape };
        var utc = new DemandCurve(spec, Clock, 0, null, null);
        var tokyo = new DemandCurve(spec, Clock, 9, null, null);
        static int PeakHour(DemandCurve c) => Enumerable.Range(0, 24).MaxBy(h => c.RatePerSecond(h * 3600 + 1));
        Assert.Equal(20, PeakHour(utc));
        Assert.Equal(11, PeakHour(tokyo)); // 20:00 in Tokyo is 11:00 UTC
        double mean = Enumerable.Range(0, 24).Average(h => utc.RatePerSecond(h * 3600 + 1));
        Assert.Equal(1, mean, 12); // the shape is normalised to mean 1
    }

    [Fact]
    public void Arrival_counts_match_the_integral_of_the_rate()
    {
        // Growth 3x a year with a weekly shape: over 30 days the count is Poisson with mean ∫rate; 4 sd (seed 11).
        var spec = new DemandCurveSpec
        {
            BaseRatePerSecond = 0.5,
            Growth = new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 3 },
            WeeklyShape = [1, 1, 1, 1, 1, 0.5, 0.5],
        };
        var curve = new DemandCurve(spec, Clock, -5, null, null);
        double horizon = 30 * Durations.SecondsPerDay;
        double expected = 0;
        for (double h = 0; h < horizon; h += 3600)
        {
            expected += curve.RatePerSecond(h) * 3600;
        }

        double count = Count(curve, horizon, 11);
        Assert.InRange(count, expected - 4 * Math.Sqrt(expected), expected + 4 * Math.Sqrt(expected));
    }

    [Fact]
    public void Hourly_noise_keeps_the_mean_and_is_reproducible()
    {
        // σ = 0.3 lognormal noise with mean 1: over 2,000 hours the mean rate is 1 within 4 × 0.31 / √2000 (seed 5).
        var spec = new DemandCurveSpec { BaseRatePerSecond = 1, NoiseSigma = 0.3 };
        var a = new DemandCurve(spec, Clock, 0, null, RandomStream.Derive(5, "noise"));
        var b = new DemandCurve(spec, Clock, 0, null, RandomStream.Derive(5, "noise"));
        var ratesA = Enumerable.Range(0, 2_000).Select(h => a.RatePerSecond(h * 3600.0 + 10)).ToArray();
        Assert.Equal(ratesA, Enumerable.Range(0, 2_000).Select(h => b.RatePerSecond(h * 3600.0 + 10)));
        Assert.InRange(ratesA.Average(), 1 - 4 * 0.31 / Math.Sqrt(2_000), 1 + 4 * 0.31 / Math.Sqrt(2_000));
        Assert.Equal(a.RatePerSecond(10), a.RatePerSecond(10)); // asking twice does not draw again
    }
}
