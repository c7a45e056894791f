using System.Globalization;

namespace NeoCloudSim.Engine.Processes;

/// <summary>
/// A process: model code written as a C# iterator that yields the events it waits for, in the style of SimPy and
/// SimSharp. A process is itself an event, processed when its iterator ends, so other processes can wait for it.
/// </summary>
/// <remarks>
/// <para>A process resumes when the event it yielded is processed; if that event was already processed, it goes on
/// at once. Another process may <see cref="Interrupt"/> it (a GPU fails mid-service, a higher-priority job preempts
/// it): the process stops waiting and resumes at the current time, and must call <see cref="HandleInterrupt"/> before
/// it yields again. Likewise a process resumed by a failed event must call <see cref="HandleFault"/>. Leaving either
/// unhandled, or throwing from the iterator, stops the run with a <see cref="ProcessFailedException"/>.</para>
/// </remarks>
public sealed class Process : Event, IEventListener
{
    private const long CompletedTag = 0;
    private const long StartTag = 1;
    private const long InterruptTag = 2;

    private readonly IEnumerator<Event> _body;
    private Event? _target;
    private ProcessFaults? _faults;

    internal Process(Simulation simulation, IEnumerator<Event> body, string? name)
        : base(simulation)
    {
        _body = body;
        Name = name ?? "process";
        simulation.Schedule(0, this, StartTag, EventPriority.Urgent);
    }

    /// <summary>The process's name, for messages and traces.</summary>
    public string Name { get; }

    /// <summary>True until the process's iterator has ended.</summary>
    public bool IsAlive => State == EventState.Pending;

    /// <summary>The event the process is waiting for, or null when it is running, starting or done.</summary>
    public Event? Target => _target;

    /// <summary>
    /// Interrupts the process: at the current time (before normal events) it stops waiting for its target and
    /// resumes, and <see cref="HandleInterrupt"/> returns true with <paramref name="cause"/>.
    /// </summary>
    /// <param name="cause">Why, e.g. a failure record or a <see cref="Resources.Preempted"/>.</param>
    /// <exception cref="InvalidOperationException">The process has ended, or interrupts itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive)
        {
            throw new InvalidOperationException($"Process '{Name}' has ended and cannot be interrupted.");
        }

        if (ReferenceEquals(Simulation.ActiveProcess, this))
        {
            throw new InvalidOperationException($"Process '{Name}' cannot interrupt itself.");
        }

        Faults.InterruptsOnTheWay.Enqueue(cause);
        Simulation.Schedule(0, this, InterruptTag, EventPriority.Urgent);
    }

    /// <summary>
    /// True, once, if the process was resumed by an interrupt; call it right after each yield where an interrupt
    /// can arrive.
    /// </summary>
    /// <param name="cause">The cause given to <see cref="Interrupt"/>.</param>
    public bool HandleInterrupt(out object? cause)
    {
        cause = null;
        if (_faults is not { Interrupted: true } faults)
        {
            return false;
        }

        cause = faults.InterruptCause;
        faults.Interrupted = false;
        faults.InterruptCause = null;
        return true;
    }

    /// <summary>True, once, if the process was resumed by an event that failed.</summary>
    /// <param name="exception">The failed event's exception.</param>
    public bool HandleFault(out Exception? exception)
    {
        exception = null;
        if (_faults?.FailedEvent is not { } failed)
        {
            return false;
        }

        exception = failed.Exception;
        _faults.FailedEvent = null;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Process '{Name}' ({State})";

    private protected override string DescribeCalendarEntry(EventTag tag) => tag.Pack() switch
    {
        CompletedTag => $"Process '{Name}' Completed",
        StartTag => $"Process '{Name}' Start",
        InterruptTag => $"Process '{Name}' Interrupt",
        _ => $"Process '{Name}' {tag}",
    };

    private protected override void OnCalendar(long tag)
    {
        switch (tag)
        {
            case CompletedTag:
                MarkProcessed();
                break;
            case StartTag:
                Resume();
                break;
            case InterruptTag:
                DeliverInterrupt(Faults.InterruptsOnTheWay.Dequeue());
                break;
            default:
                throw new InvalidOperationException($"Unknown calendar tag {tag} for {this}.");
        }
    }

    void IEventListener.OnEventProcessed(Event processed) => Wake(processed);

    /// <summary>Resumes the process because the event it waited for was processed.</summary>
    internal void Wake(Event processed)
    {
        _target = null;
        if (!processed.Ok)
        {
            Faults.FailedEvent = processed;
        }

        Resume();
    }

    private void DeliverInterrupt(object? cause)
    {
        if (!IsAlive)
        {
            return; // it ended between the interrupt call and now
        }

        _target?.RemoveListener(this);
        _target = null;
        Faults.Interrupted = true;
        Faults.InterruptCause = cause;
        Resume();
    }

    private void Resume()
    {
        var simulation = Simulation;
        var previous = simulation.ActiveProcess;
        simulation.ActiveProcess = this;
        try
        {
            while (true)
            {
                bool yielded;
                try
                {
                    yielded = _body.MoveNext();
                }
                catch (Exception ex) when (ex is not ProcessFailedException)
                {
                    throw new ProcessFailedException(
                        string.Create(CultureInfo.InvariantCulture, $"Process '{Name}' threw at {simulation.Now} s: {ex.Message}"),
                        ex);
                }

                if (_faults is { Unhandled: true })
                {
                    ThrowFaultUnhandled(_faults);
                }

                if (!yielded)
                {
                    _body.Dispose();
                    if (HasListeners)
                    {
                        Trigger(0, EventPriority.Normal);
                    }
                    else
                    {
                        MarkProcessed(); // nobody waits: no need for a calendar round trip
                    }

                    return;
                }

                var next = _body.Current ?? throw new ProcessFailedException(
                    string.Create(CultureInfo.InvariantCulture, $"Process '{Name}' yielded null at {simulation.Now} s; yield an event."));
                if (!ReferenceEquals(next.Simulation, simulation))
                {
                    throw new ProcessFailedException($"Process '{Name}' yielded an event of another simulation.");
                }

                if (next.IsProcessed)
                {
                    if (!next.Ok)
                    {
                        Faults.FailedEvent = next;
                    }

                    continue;
                }

                _target = next;
                next.AddListener(this);
                return;
            }
        }
        finally
        {
            simulation.ActiveProcess = previous;
        }
    }

    private ProcessFaults Faults => _faults ??= new ProcessFaults();

    private void ThrowFaultUnhandled(ProcessFaults faults)
    {
        if (faults.Interrupted)
        {
            throw new ProcessFailedException(string.Create(
                CultureInfo.InvariantCulture,
                $"Process '{Name}' was interrupted at {Simulation.Now} s (cause: {faults.InterruptCause ?? "none"}) and went on without calling HandleInterrupt."));
        }

        if (faults.FailedEvent is { } failed)
        {
            throw new ProcessFailedException(
                string.Create(CultureInfo.InvariantCulture, $"Process '{Name}' waited for {failed}, which failed at {Simulation.Now} s, and went on without calling HandleFault."),
                failed.Exception);
        }
    }
}
