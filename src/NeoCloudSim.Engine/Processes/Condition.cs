namespace NeoCloudSim.Engine.Processes;

/// <summary>
/// An event that waits for a set of other events: any one of them (<see cref="ConditionKind.AnyOf"/>, e.g. "the
/// request is served or the user's patience runs out") or all of them (<see cref="ConditionKind.AllOf"/>).
/// </summary>
/// <remarks>
/// Its value is the condition itself; inspect the events' <see cref="Event.IsProcessed"/> to see which happened.
/// If one of its events fails, the condition fails with the same exception. An empty condition is processed at once.
/// </remarks>
public sealed class Condition : Event, IEventListener
{
    private readonly Event[] _events;
    private int _processedCount;

    internal Condition(Simulation simulation, Event[] events, ConditionKind kind)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(events);
        Kind = kind;
        _events = (Event[])events.Clone();
        foreach (var e in _events)
        {
            if (e is null)
            {
                throw new ArgumentException("A condition cannot wait for a null event.", nameof(events));
            }

            if (!ReferenceEquals(e.Simulation, simulation))
            {
                throw new ArgumentException("A condition cannot wait for an event of another simulation.", nameof(events));
            }
        }

        foreach (var e in _events)
        {
            if (e.IsProcessed)
            {
                Count(e);
            }
            else
            {
                e.AddListener(this);
            }
        }

        if (_events.Length == 0)
        {
            Succeed(this);
        }
    }

    /// <summary>How the events are combined.</summary>
    public ConditionKind Kind { get; }

    /// <summary>The events waited for, in the order given.</summary>
    public IReadOnlyList<Event> Events => _events;

    void IEventListener.OnEventProcessed(Event processed) => Count(processed);

    private void Count(Event processed)
    {
        if (IsTriggered)
        {
            return;
        }

        _processedCount++;
        if (!processed.Ok)
        {
            Detach();
            Fail(processed.Exception!);
        }
        else if (Kind == ConditionKind.AnyOf || _processedCount == _events.Length)
        {
            Detach();
            Succeed(this);
        }
    }

    private void Detach()
    {
        foreach (var e in _events)
        {
            if (!e.IsProcessed)
            {
                e.RemoveListener(this);
            }
        }
    }
}
