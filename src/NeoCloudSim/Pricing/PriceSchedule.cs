using NeoCloudSim.Time;

namespace NeoCloudSim.Pricing;

/// <summary>The price multiplier in force at each simulation time, from a <see cref="PricingSpec"/>'s schedule.</summary>
public sealed class PriceSchedule
{
    private readonly double[] _from;
    private readonly double[] _multiplier;

    /// <summary>Creates the schedule on a scenario's clock.</summary>
    public PriceSchedule(PricingSpec spec, ScenarioClock clock)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(clock);
        var points = new List<PricePointSpec>(spec.Schedule);
        points.Sort((a, b) => a.From.CompareTo(b.From));
        _from = new double[points.Count];
        _multiplier = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            _from[i] = clock.ToSeconds(points[i].From);
            _multiplier[i] = points[i].Multiplier;
        }
    }

    /// <summary>The multiplier in force at <paramref name="seconds"/>.</summary>
    public double MultiplierAt(double seconds)
    {
        double multiplier = 1;
        for (int i = 0; i < _from.Length && _from[i] <= seconds; i++)
        {
            multiplier = _multiplier[i];
        }

        return multiplier;
    }
}
