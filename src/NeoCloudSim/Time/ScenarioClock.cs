using System.Globalization;

namespace NeoCloudSim.Time;

/// <summary>
/// Maps simulation time (seconds since the scenario's start) to UTC timestamps and back, and to local time in a
/// region: the bridge between the engine's clock and the calendar a planner thinks in.
/// </summary>
public sealed class ScenarioClock
{
    /// <summary>Creates the clock of a scenario starting at <paramref name="startUtc"/>.</summary>
    public ScenarioClock(DateTime startUtc)
    {
        if (startUtc.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("A scenario starts at a UTC time, not a local one.", nameof(startUtc));
        }

        StartUtc = DateTime.SpecifyKind(startUtc, DateTimeKind.Utc);
    }

    /// <summary>The scenario's start, UTC.</summary>
    public DateTime StartUtc { get; }

    /// <summary>Seconds from the start to <paramref name="utc"/> (negative before the start).</summary>
    public double ToSeconds(DateTime utc) => (DateTime.SpecifyKind(utc, DateTimeKind.Utc) - StartUtc).TotalSeconds;

    /// <summary>The UTC timestamp <paramref name="seconds"/> after the start, to the millisecond.</summary>
    public DateTime ToUtc(double seconds) => StartUtc.AddMilliseconds(Math.Round(seconds * 1000));

    /// <summary>Hour of day, with fraction, in a region <paramref name="utcOffsetHours"/> from UTC: in [0, 24).</summary>
    public double LocalHourOfDay(double seconds, double utcOffsetHours)
    {
        double hours = (StartUtc.TimeOfDay.TotalSeconds + seconds) / Durations.SecondsPerHour + utcOffsetHours;
        double hour = hours % 24;
        return hour < 0 ? hour + 24 : hour;
    }

    /// <summary>Day of the week in a region <paramref name="utcOffsetHours"/> from UTC: 0 = Monday … 6 = Sunday.</summary>
    public int LocalDayOfWeek(double seconds, double utcOffsetHours)
    {
        var local = StartUtc.AddSeconds(seconds + utcOffsetHours * Durations.SecondsPerHour);
        return ((int)local.DayOfWeek + 6) % 7;
    }

    /// <inheritdoc/>
    public override string ToString() => StartUtc.ToString("u", CultureInfo.InvariantCulture);
}
