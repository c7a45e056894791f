using System.Globalization;
using System.Runtime.CompilerServices;
using NeoCloudSim.Engine.Calendar;
using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Engine;

/// <summary>
/// A discrete-event simulation: a clock in seconds, an event calendar, named random streams, and the two ways of
/// writing a model — processes written as C# iterators (<see cref="Process(IEnumerable{Event}, string?)"/>) and
/// direct events for hot paths (<see cref="Schedule(double, IEventHandler, EventTag, int)"/>) — freely mixed.
/// </summary>
/// <remarks>
/// Entries fire in the order (time, priority, insertion order): at equal times, the lower priority value first,
/// and among equal priorities the one scheduled first. This makes a run a pure function of the model and its seed.
/// A simulation is single-threaded; run replications in parallel as separate simulations.
/// One piece because it is the engine's one entry point: the scheduling overloads, the run loop and the process
/// helpers share the clock and the calendar's hot path, which the calendar and process types already carry apart.
/// </remarks>
public sealed class Simulation
{
    private const int SequenceBits = 44;
    private const long MaxSequence = (1L << SequenceBits) - 1;
    private const int ProgressEveryEvents = 1 << 14;

    private readonly EventCalendar _calendar = new();
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);
    private double _now;
    private long _sequence;
    private long _eventsProcessed;
    private Event? _completed;

    /// <summary>Creates a simulation whose clock starts at zero.</summary>
    /// <param name="seed">The root of every random stream of this simulation.</param>
    public Simulation(ulong seed = 0)
    {
        Seed = seed;
    }

    /// <summary>The current simulated time, in seconds since the start.</summary>
    public double Now => _now;

    /// <summary>The root seed from which every named random stream is derived.</summary>
    public ulong Seed { get; }

    /// <summary>Number of calendar entries fired so far.</summary>
    public long EventsProcessed => _eventsProcessed;

    /// <summary>Number of calendar entries waiting to fire.</summary>
    public int PendingEvents => _calendar.Count;

    /// <summary>The process whose code is running right now, or null when a direct event or no one is running.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>Optional observer of every fired entry (event traces); null costs nothing but a test per event.</summary>
    public ISimulationTracer? Tracer { get; set; }

    /// <summary>
    /// The random stream with this name: independent of every other name, and a function of <see cref="Seed"/> and
    /// the name only, so adding a component with its own stream does not change what the others draw.
    /// </summary>
    /// <param name="name">A stable name, e.g. "arrivals/region-eu" or "failures/site-3".</param>
    public RandomStream Random(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = RandomStream.Derive(Seed, name);
            _streams.Add(name, stream);
        }

        return stream;
    }

    /// <summary>Schedules a direct event <paramref name="delay"/> seconds from now. Allocates nothing.</summary>
    /// <param name="delay">Seconds from now; zero or more, finite.</param>
    /// <param name="handler">Told when the event fires.</param>
    /// <param name="tag">Handed back to the handler.</param>
    /// <param name="priority">Order among entries at the same time; see <see cref="EventPriority"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Schedule(double delay, IEventHandler handler, long tag = 0, int priority = EventPriority.Normal)
    {
        if (!(delay >= 0 && delay < double.PositiveInfinity))
        {
            ThrowBadDelay(delay);
        }

        ScheduleAt(_now + delay, handler, tag, priority);
    }

    /// <summary>Schedules a direct event at an absolute simulated time. Allocates nothing.</summary>
    /// <param name="time">Seconds since the start; not before <see cref="Now"/>, finite.</param>
    /// <param name="handler">Told when the event fires.</param>
    /// <param name="tag">Handed back to the handler.</param>
    /// <param name="priority">Order among entries at the same time; see <see cref="EventPriority"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ScheduleAt(double time, IEventHandler handler, long tag = 0, int priority = EventPriority.Normal)
    {
        if (!(time >= _now && time < double.PositiveInfinity))
        {
            ThrowBadTime(time);
        }

        ArgumentNullException.ThrowIfNull(handler);
        CheckPriority(priority);
        Enqueue(time, handler, tag, priority);
    }

    /// <summary>Schedules a direct event <paramref name="delay"/> seconds from now with a typed tag. Allocates nothing:
    /// the calendar stores <see cref="EventTag.Pack"/>, and the handler reads it back with <see cref="EventTag.Unpack"/>.</summary>
    /// <param name="delay">Seconds from now; zero or more, finite.</param>
    /// <param name="handler">Told when the event fires.</param>
    /// <param name="tag">Handed back to the handler, packed.</param>
    /// <param name="priority">Order among entries at the same time; see <see cref="EventPriority"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Schedule(double delay, IEventHandler handler, EventTag tag, int priority = EventPriority.Normal) =>
        Schedule(delay, handler, tag.Pack(), priority);

    /// <summary>Schedules a direct event at an absolute simulated time with a typed tag. Allocates nothing.</summary>
    /// <param name="time">Seconds since the start; not before <see cref="Now"/>, finite.</param>
    /// <param name="handler">Told when the event fires.</param>
    /// <param name="tag">Handed back to the handler, packed.</param>
    /// <param name="priority">Order among entries at the same time; see <see cref="EventPriority"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ScheduleAt(double time, IEventHandler handler, EventTag tag, int priority = EventPriority.Normal) =>
        ScheduleAt(time, handler, tag.Pack(), priority);

    /// <summary>Throws if <paramref name="priority"/> is outside the range the calendar can order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckPriority(int priority)
    {
        if ((uint)(priority - EventPriority.Min) > EventPriority.Max - EventPriority.Min)
        {
            ThrowBadPriority(priority);
        }
    }

    /// <summary>Puts an entry on the calendar; the caller has checked the time, the handler and the priority.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Enqueue(double time, IEventHandler handler, long tag, int priority)
    {
        long sequence = _sequence++;
        if (sequence > MaxSequence)
        {
            ThrowSequenceExhausted();
        }

        long order = ((long)(priority - EventPriority.Min) << SequenceBits) | sequence;
        _calendar.Push(time, order, handler, tag);
    }

    /// <summary>Schedules a callback <paramref name="delay"/> seconds from now (allocates a small wrapper).</summary>
    /// <param name="delay">Seconds from now; zero or more, finite.</param>
    /// <param name="action">Run when the event fires.</param>
    /// <param name="priority">Order among entries at the same time.</param>
    public void Schedule(double delay, Action action, int priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(action);
        Schedule(delay, new ActionHandler(action), 0, priority);
    }

    /// <summary>A new event that fires <paramref name="delay"/> seconds from now; yield it to wait.</summary>
    /// <param name="delay">Seconds; zero or more, finite.</param>
    /// <param name="value">The event's value once processed.</param>
    public Timeout Timeout(double delay, object? value = null) => new(this, delay, value);

    /// <summary>A new untriggered event, for a model to <see cref="Event.Succeed"/> or <see cref="Event.Fail"/> later.</summary>
    public Event Event() => new(this);

    /// <summary>An event that is already processed: yielding it lets a process go on at once.</summary>
    internal Event Completed => _completed ??= Engine.Processes.Event.AlreadyProcessed(this);

    /// <summary>Starts a process: its first step runs at the current time, before normal events.</summary>
    /// <param name="generator">The process body: an iterator yielding the events it waits for.</param>
    /// <param name="name">A name for messages and traces.</param>
    public Process Process(IEnumerable<Event> generator, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return new Process(this, generator.GetEnumerator(), name);
    }

    /// <summary>An event processed as soon as any one of <paramref name="events"/> is.</summary>
    public Condition AnyOf(params Event[] events) => new(this, events, ConditionKind.AnyOf);

    /// <summary>An event processed once all of <paramref name="events"/> are.</summary>
    public Condition AllOf(params Event[] events) => new(this, events, ConditionKind.AllOf);

    /// <summary>Fires the earliest entry. Returns false when the calendar is empty.</summary>
    public bool Step()
    {
        if (_calendar.Count == 0)
        {
            return false;
        }

        FireNext();
        return true;
    }

    /// <summary>Runs until no entry is left.</summary>
    public void Run()
    {
        while (_calendar.Count > 0)
        {
            FireNext();
        }
    }

    /// <summary>
    /// Runs every entry scheduled strictly before <paramref name="until"/>, then sets the clock to it. Entries at
    /// exactly <paramref name="until"/> stay on the calendar for a later run (as in SimPy).
    /// </summary>
    /// <param name="until">Simulated time to stop at, in seconds; not before <see cref="Now"/>.</param>
    /// <param name="progress">Called now and then with the share of the way from the start time to
    /// <paramref name="until"/> (0 to 1), and with 1 at the end.</param>
    public void Run(double until, Action<double>? progress = null)
    {
        if (!(until >= _now) || double.IsNaN(until))
        {
            throw new ArgumentOutOfRangeException(
                nameof(until),
                until,
                string.Create(CultureInfo.InvariantCulture, $"Cannot run until {until} s: the clock is already at {_now} s."));
        }

        double start = _now;
        double span = until - start;
        var calendar = _calendar;
        if (progress is null)
        {
            while (calendar.Count > 0 && calendar.PeekTime < until)
            {
                FireNext();
            }
        }
        else
        {
            progress(0);
            while (calendar.Count > 0 && calendar.PeekTime < until)
            {
                FireNext();
                if ((_eventsProcessed & (ProgressEveryEvents - 1)) == 0 && span > 0 && span < double.PositiveInfinity)
                {
                    progress((_now - start) / span);
                }
            }
        }

        if (until < double.PositiveInfinity)
        {
            _now = until;
        }

        progress?.Invoke(1);
    }

    /// <summary>Runs until <paramref name="until"/> has been processed; its value is returned.</summary>
    /// <param name="until">The event to wait for, e.g. a process's completion.</param>
    /// <exception cref="InvalidOperationException">The calendar empties before the event is processed.</exception>
    public object? Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        if (!ReferenceEquals(until.Simulation, this))
        {
            throw new ArgumentException("The event belongs to another simulation.", nameof(until));
        }

        while (!until.IsProcessed)
        {
            if (_calendar.Count == 0)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The calendar emptied at {_now} s before the event the run was waiting for ({until}) was processed."));
            }

            FireNext();
        }

        return until.Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FireNext()
    {
        double time = _calendar.Pop(out long order, out var handler, out long tag);
        _now = time;
        _eventsProcessed++;
        if (Tracer is { } tracer)
        {
            int priority = (int)(order >> SequenceBits) + EventPriority.Min;
            tracer.OnEvent(time, priority, order & MaxSequence, handler, tag);
        }

        handler.Handle(tag);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadDelay(double delay) =>
        throw new ArgumentOutOfRangeException(
            nameof(delay),
            delay,
            string.Create(CultureInfo.InvariantCulture, $"Cannot schedule an event with delay {delay} s: a delay must be zero or positive and finite."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadTime(double time) =>
        throw new ArgumentOutOfRangeException(
            nameof(time),
            time,
            time < _now
                ? string.Create(CultureInfo.InvariantCulture, $"Cannot schedule an event in the past: time {time} s is before the current time {_now} s.")
                : string.Create(CultureInfo.InvariantCulture, $"Cannot schedule an event at time {time} s: a time must be finite."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadPriority(int priority) =>
        throw new ArgumentOutOfRangeException(
            nameof(priority),
            priority,
            string.Create(CultureInfo.InvariantCulture, $"Event priority {priority} is outside [{EventPriority.Min}, {EventPriority.Max}]."));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSequenceExhausted() =>
        throw new InvalidOperationException("More than 2^44 events were scheduled in one simulation.");

    private sealed class ActionHandler(Action action) : IEventHandler
    {
        public void Handle(long tag) => action();
    }
}
