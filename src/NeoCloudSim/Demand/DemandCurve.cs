using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Time;

namespace NeoCloudSim.Demand;

/// <summary>
/// A demand curve during a run: the arrival rate at each time, for one region and class.
/// </summary>
/// <remarks>
/// The rate is piecewise constant per simulated hour: growth, daily and weekly shape, price and noise are evaluated
/// once per hour, at its start. Arrivals drawn hour by hour with exponential gaps are then an exact non-homogeneous
/// Poisson process, without thinning. Noise is drawn once per hour, in order, from the curve's own stream, so it does
/// not depend on how often the rate is asked for.
/// </remarks>
public sealed class DemandCurve
{
    private readonly DemandCurveSpec _spec;
    private readonly ScenarioClock _clock;
    private readonly double _utcOffsetHours;
    private readonly Func<double, double>? _price;
    private readonly RandomStream? _noiseStream;
    private readonly double[] _daily;
    private readonly double[] _weekly;
    private readonly List<double> _noiseFactors = []; // factor of each hour from the start, drawn in hour order once
    private long _cachedHour = long.MinValue;
    private double _cachedRate;

    /// <summary>Creates the curve of a region (<paramref name="utcOffsetHours"/>) on a scenario's clock.</summary>
    /// <param name="spec">The curve.</param>
    /// <param name="clock">The scenario's clock.</param>
    /// <param name="utcOffsetHours">The region's offset from UTC.</param>
    /// <param name="price">The class's price at a time, in the unit of the reference price; null = reference.</param>
    /// <param name="noise">Stream for the hourly noise; needed when the spec has noise.</param>
    public DemandCurve(DemandCurveSpec spec, ScenarioClock clock, double utcOffsetHours, Func<double, double>? price, RandomStream? noise)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(clock);
        if (spec.NoiseSigma > 0 && noise is null)
        {
            throw new ArgumentNullException(nameof(noise), "A noisy demand curve needs a random stream.");
        }

        _spec = spec;
        _clock = clock;
        _utcOffsetHours = utcOffsetHours;
        _price = price;
        _noiseStream = noise;
        _daily = Normalised(spec.DailyShape, 24, "daily shape");
        _weekly = Normalised(spec.WeeklyShape, 7, "weekly shape");
    }

    /// <summary>(price / reference)^−elasticity: how price moves demand.</summary>
    public static double ElasticityFactor(double price, double referencePrice, double elasticity)
    {
        if (!(price > 0 && referencePrice > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "Prices must be positive for an elasticity factor.");
        }

        return Math.Pow(price / referencePrice, -elasticity);
    }

    /// <summary>
    /// The mean rate expected at <paramref name="seconds"/> (possibly in the future), as a planner projects it: base ×
    /// growth × price effect, without the daily and weekly shapes (whose mean is 1) and without noise.
    /// </summary>
    public double ExpectedRatePerSecond(double seconds)
    {
        double rate = _spec.BaseRatePerSecond * _spec.Growth.MultiplierAt(seconds / Durations.SecondsPerYear);
        if (_price is not null && _spec.Elasticity != 0)
        {
            rate *= ElasticityFactor(_price(seconds), _spec.ReferencePriceUsd, _spec.Elasticity);
        }

        return rate;
    }

    /// <summary>Requests per second at <paramref name="seconds"/>: constant within each simulated hour.</summary>
    public double RatePerSecond(double seconds)
    {
        long hour = (long)Math.Floor(seconds / Durations.SecondsPerHour);
        if (hour != _cachedHour)
        {
            _cachedRate = RateOfHour(hour);
            _cachedHour = hour;
        }

        return _cachedRate;
    }

    private double RateOfHour(long hour)
    {
        double hourStart = hour * Durations.SecondsPerHour;
        double rate = _spec.BaseRatePerSecond * _spec.Growth.MultiplierAt(hourStart / Durations.SecondsPerYear);
        rate *= _daily[(int)Math.Floor(_clock.LocalHourOfDay(hourStart, _utcOffsetHours)) % 24];
        rate *= _weekly[_clock.LocalDayOfWeek(hourStart, _utcOffsetHours)];
        if (_price is not null && _spec.Elasticity != 0)
        {
            rate *= ElasticityFactor(_price(hourStart), _spec.ReferencePriceUsd, _spec.Elasticity);
        }

        return rate * Noise(hour);
    }

    private double Noise(long hour)
    {
        if (_spec.NoiseSigma <= 0 || hour < 0)
        {
            return 1;
        }

        // Drawn in hour order whatever order hours are asked in, so every reader of the curve sees the same noise.
        while (_noiseFactors.Count <= hour)
        {
            double z = MathNet.Numerics.Distributions.Normal.Sample(_noiseStream!, 0, 1);
            _noiseFactors.Add(Math.Exp(_spec.NoiseSigma * z - _spec.NoiseSigma * _spec.NoiseSigma / 2));
        }

        return _noiseFactors[(int)hour];
    }

    private static double[] Normalised(List<double> shape, int length, string what)
    {
        var result = new double[length];
        if (shape.Count == 0)
        {
            Array.Fill(result, 1);
            return result;
        }

        if (shape.Count != length)
        {
            throw new ArgumentException($"A {what} has {length} values, not {shape.Count}.", nameof(shape));
        }

        double mean = 0;
        foreach (double v in shape)
        {
            if (!(v >= 0))
            {
                throw new ArgumentException($"A {what} cannot hold negative values.", nameof(shape));
            }

            mean += v / length;
        }

        for (int i = 0; i < length; i++)
        {
            result[i] = mean > 0 ? shape[i] / mean : 0;
        }

        return result;
    }
}
