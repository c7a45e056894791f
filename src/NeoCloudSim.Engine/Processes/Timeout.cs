using System.Globalization;

namespace NeoCloudSim.Engine.Processes;

/// <summary>An event that happens a given number of seconds after it is created: a process's way to let time pass.</summary>
public sealed class Timeout : Event
{
    /// <summary>Creates the timeout and puts it on the calendar.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    /// <param name="delay">Seconds from now; zero or more, finite.</param>
    /// <param name="value">The event's value once processed.</param>
    public Timeout(Simulation simulation, double delay, object? value = null)
        : base(simulation)
    {
        if (!(delay >= 0 && delay < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(delay),
                delay,
                string.Create(CultureInfo.InvariantCulture, $"A timeout's delay must be zero or positive and finite, not {delay} s."));
        }

        SetValue(value);
        Trigger(delay, EventPriority.Normal);
    }
}
