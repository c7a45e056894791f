using System.Globalization;

namespace NeoCloudSim.Engine.Statistics;

/// <summary>
/// A level that changes at instants and holds in between — busy GPUs, queue length, MW energized — and its
/// time-weighted statistics: integral (e.g. busy GPU-seconds), mean (e.g. utilization), variance, min and max.
/// </summary>
/// <remarks>The caller passes the simulated time of each change; the monitor knows no clock, so it works the same
/// for processes, direct events and post-processing.</remarks>
public sealed class TimeWeightedMonitor
{
    private double _start;
    private double _lastTime;
    private double _integral;
    private double _integralOfSquares;

    /// <summary>Creates a monitor whose window starts at <paramref name="startTime"/>.</summary>
    /// <param name="startTime">Start of the averaging window, in seconds.</param>
    /// <param name="initialLevel">The level from then on.</param>
    public TimeWeightedMonitor(double startTime = 0, double initialLevel = 0)
    {
        CheckFinite(startTime, nameof(startTime));
        CheckFinite(initialLevel, nameof(initialLevel));
        _start = startTime;
        _lastTime = startTime;
        Level = initialLevel;
        Min = initialLevel;
        Max = initialLevel;
    }

    /// <summary>The current level.</summary>
    public double Level { get; private set; }

    /// <summary>Smallest level held in the window.</summary>
    public double Min { get; private set; }

    /// <summary>Largest level held in the window.</summary>
    public double Max { get; private set; }

    /// <summary>Start of the averaging window, in seconds.</summary>
    public double StartTime => _start;

    /// <summary>Records that the level became <paramref name="level"/> at <paramref name="time"/>.</summary>
    /// <param name="time">Seconds; not before the previous change.</param>
    /// <param name="level">The new level.</param>
    public void Update(double time, double level)
    {
        CheckFinite(level, nameof(level));
        Advance(time);
        Level = level;
        if (level < Min)
        {
            Min = level;
        }

        if (level > Max)
        {
            Max = level;
        }
    }

    /// <summary>Changes the level by <paramref name="delta"/> at <paramref name="time"/>.</summary>
    public void Add(double time, double delta) => Update(time, Level + delta);

    /// <summary>Area under the level from the start of the window to <paramref name="until"/> (level × seconds).</summary>
    /// <param name="until">Seconds; not before the last change.</param>
    public double Integral(double until)
    {
        double span = SpanSinceLastChange(until);
        return _integral + Level * span;
    }

    /// <summary>Time-weighted mean level from the start of the window to <paramref name="until"/>; the current level
    /// if the window is empty.</summary>
    public double Mean(double until)
    {
        double elapsed = until - _start;
        return elapsed > 0 ? Integral(until) / elapsed : Level;
    }

    /// <summary>Time-weighted variance of the level over the window.</summary>
    public double Variance(double until)
    {
        double elapsed = until - _start;
        if (!(elapsed > 0))
        {
            return 0;
        }

        double span = SpanSinceLastChange(until);
        double mean = (_integral + Level * span) / elapsed;
        double meanOfSquares = (_integralOfSquares + Level * Level * span) / elapsed;
        return Math.Max(0, meanOfSquares - mean * mean);
    }

    /// <summary>Restarts the window at <paramref name="time"/>, keeping the current level (warm-up deletion).</summary>
    public void Reset(double time)
    {
        Advance(time);
        _start = time;
        _integral = 0;
        _integralOfSquares = 0;
        Min = Level;
        Max = Level;
    }

    private void Advance(double time)
    {
        double span = SpanSinceLastChange(time);
        _integral += Level * span;
        _integralOfSquares += Level * Level * span;
        _lastTime = time;
    }

    private double SpanSinceLastChange(double time)
    {
        if (!(time >= _lastTime) || !double.IsFinite(time))
        {
            throw new ArgumentOutOfRangeException(
                nameof(time),
                time,
                string.Create(CultureInfo.InvariantCulture, $"A monitored level cannot go back in time: {time} s is before the last change at {_lastTime} s."));
        }

        return time - _lastTime;
    }

    private static void CheckFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "A monitored time or level must be finite.");
        }
    }
}
