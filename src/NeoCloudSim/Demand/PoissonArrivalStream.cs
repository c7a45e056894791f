using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Time;

namespace NeoCloudSim.Demand;

/// <summary>
/// Arrivals of a non-homogeneous Poisson process whose rate is constant within each hour (<see cref="DemandCurve"/>):
/// exponential gaps at the hour's rate; a gap that crosses the hour's end restarts at the boundary with the next
/// hour's rate, which memorylessness makes exact.
/// </summary>
public sealed class PoissonArrivalStream : IArrivalStream
{
    private readonly DemandCurve _curve;
    private readonly RequestSizes _sizes;
    private readonly RandomStream _random;
    private readonly double _horizon;
    private double _time;

    /// <summary>Creates the stream, starting at time 0 and ending at <paramref name="horizonSeconds"/>.</summary>
    public PoissonArrivalStream(DemandCurve curve, RequestSizes sizes, RandomStream random, double horizonSeconds)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(random);
        _curve = curve;
        _sizes = sizes;
        _random = random;
        _horizon = horizonSeconds;
    }

    /// <summary>Draws the next arrivals from <paramref name="seconds"/> on (no effect on a time already passed). Exact:
    /// the process is memoryless, so the arrivals after a time do not depend on those before it.</summary>
    public void SkipTo(double seconds) => _time = Math.Max(_time, seconds);

    /// <inheritdoc/>
    public bool TryNext(out Arrival arrival)
    {
        while (_time < _horizon)
        {
            double hourEnd = (Math.Floor(_time / Durations.SecondsPerHour) + 1) * Durations.SecondsPerHour;
            double rate = _curve.RatePerSecond(_time);
            double next = rate > 0 ? _time + _random.NextExponential(rate) : double.PositiveInfinity;
            if (next < hourEnd)
            {
                _time = next;
                if (_time >= _horizon)
                {
                    break;
                }

                var (prompt, output) = _sizes.Next();
                arrival = new Arrival(_time, prompt, output);
                return true;
            }

            _time = hourEnd;
        }

        arrival = default;
        return false;
    }
}
