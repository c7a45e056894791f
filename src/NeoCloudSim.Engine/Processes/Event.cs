using System.Globalization;

namespace NeoCloudSim.Engine.Processes;

/// <summary>
/// Something that happens at one simulated time, which processes can wait for by yielding it: the unit of the
/// process-interaction style (as in SimPy and SimSharp).
/// </summary>
/// <remarks>
/// An event is pending until something triggers it (<see cref="Succeed"/> or <see cref="Fail"/>), which puts it on
/// the calendar at the current time; when the calendar reaches it, it is processed and its waiters resume. Most
/// events have one waiter, which is kept in a field so that waiting allocates nothing.
/// </remarks>
public class Event : INamedEventHandler
{
    private IEventListener? _listener;
    private List<IEventListener>? _moreListeners;
    private object? _value; // the value, or the exception of a failed event
    private bool _failed;

    /// <summary>Creates a pending event.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    public Event(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
    }

    /// <summary>The simulation this event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>Where the event is in its life.</summary>
    public EventState State { get; private protected set; }

    /// <summary>True once the event has been triggered (it may not be processed yet).</summary>
    public bool IsTriggered => State != EventState.Pending;

    /// <summary>True once the event has been processed and its waiters told.</summary>
    public bool IsProcessed => State == EventState.Processed;

    /// <summary>True unless the event was triggered by <see cref="Fail"/>.</summary>
    public bool Ok => !_failed;

    /// <summary>The reason given to <see cref="Fail"/>, or null.</summary>
    public Exception? Exception => _failed ? (Exception)_value! : null;

    /// <summary>The value the event was triggered with.</summary>
    public object? Value => _failed ? null : _value;

    /// <summary>Triggers the event now: it will be processed at the current time, after entries already there.</summary>
    /// <param name="value">The event's value.</param>
    /// <param name="priority">Order among entries at the current time.</param>
    /// <exception cref="InvalidOperationException">The event was already triggered.</exception>
    public void Succeed(object? value = null, int priority = EventPriority.Normal)
    {
        Simulation.CheckPriority(priority);
        EnsurePending();
        _value = value;
        Trigger(0, priority);
    }

    /// <summary>Triggers the event as failed; a waiting process sees it through <see cref="Process.HandleFault"/>.</summary>
    /// <param name="exception">Why it failed.</param>
    /// <param name="priority">Order among entries at the current time.</param>
    public void Fail(Exception exception, int priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Simulation.CheckPriority(priority);
        EnsurePending();
        _value = exception;
        _failed = true;
        Trigger(0, priority);
    }

    /// <summary>An event born processed, for operations that take effect at once but are yielded like events.</summary>
    internal static Event AlreadyProcessed(Simulation simulation) => new(simulation) { State = EventState.Processed };

    /// <summary>Calls <paramref name="callback"/> when the event is processed (at once if it already was).</summary>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (IsProcessed)
        {
            callback(this);
            return;
        }

        AddListener(new CallbackListener(callback));
    }

    /// <summary>An event processed as soon as either operand is.</summary>
    public static Condition operator |(Event left, Event right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Simulation.AnyOf(left, right);
    }

    /// <summary>An event processed once both operands are.</summary>
    public static Condition operator &(Event left, Event right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Simulation.AllOf(left, right);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{GetType().Name} ({State})");

    void IEventHandler.Handle(long tag) => OnCalendar(tag);

    string INamedEventHandler.DescribeEvent(EventTag tag) => DescribeCalendarEntry(tag);

    /// <summary>What a calendar entry of this event is, for traces: by default the event itself.</summary>
    private protected virtual string DescribeCalendarEntry(EventTag tag) => ToString();

    /// <summary>Called by the calendar; subclasses that schedule themselves for other reasons use other tags.</summary>
    private protected virtual void OnCalendar(long tag) => MarkProcessed();

    /// <summary>Marks the event processed and tells its waiters, first registered first.</summary>
    private protected void MarkProcessed()
    {
        State = EventState.Processed;
        var first = _listener;
        if (first is null)
        {
            return;
        }

        _listener = null;
        var more = _moreListeners;
        _moreListeners = null;
        if (first is Process process)
        {
            process.Wake(this); // the common case, without an interface dispatch
        }
        else
        {
            first.OnEventProcessed(this);
        }

        if (more is not null)
        {
            foreach (var listener in more)
            {
                listener.OnEventProcessed(this);
            }
        }
    }

    /// <summary>Puts the triggered event on the calendar; the caller has checked the delay and the priority.</summary>
    private protected void Trigger(double delay, int priority)
    {
        State = EventState.Triggered;
        var simulation = Simulation;
        simulation.Enqueue(simulation.Now + delay, this, 0, priority);
    }

    private protected void SetValue(object? value) => _value = value;

    /// <summary>True when a process, condition or callback waits for this event.</summary>
    private protected bool HasListeners => _listener is not null;

    /// <summary>
    /// Succeeds and processes the event in one go, without a calendar round trip: for events that happen at once
    /// and that nobody can be waiting for yet (a request granted the moment it is made).
    /// </summary>
    private protected void SucceedAtOnce(object? value)
    {
        EnsurePending();
        _value = value;
        MarkProcessed();
    }

    private protected void EnsurePending()
    {
        if (State != EventState.Pending)
        {
            throw new InvalidOperationException($"{this} has already been triggered; an event happens once.");
        }
    }

    internal void AddListener(IEventListener listener)
    {
        if (_listener is null && (_moreListeners is null || _moreListeners.Count == 0))
        {
            _listener = listener;
        }
        else
        {
            (_moreListeners ??= []).Add(listener);
        }
    }

    internal void RemoveListener(IEventListener listener)
    {
        if (ReferenceEquals(_listener, listener))
        {
            _listener = null;
            if (_moreListeners is { Count: > 0 })
            {
                _listener = _moreListeners[0];
                _moreListeners.RemoveAt(0);
            }
        }
        else
        {
            _moreListeners?.Remove(listener);
        }
    }

    private sealed class CallbackListener(Action<Event> callback) : IEventListener
    {
        public void OnEventProcessed(Event processed) => callback(processed);
    }
}
