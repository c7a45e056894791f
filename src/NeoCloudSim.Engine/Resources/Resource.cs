using System.Globalization;
using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A pool of identical units (servers, GPU replicas, loading docks) that processes request, hold and release;
/// requests wait first come, first served when every unit is held.
/// </summary>
/// <remarks>
/// <para>A request is an event: yield it to wait for the unit. A request that finds a free unit is granted and
/// processed the moment it is made, so the process goes on without a calendar round trip. Give the unit back with <see cref="Release"/> (which
/// takes effect at once; yielding its result goes on without waiting) or by disposing the request.</para>
/// <para>The capacity can change during a run (<see cref="SetCapacity"/>): more units serve the queue at once;
/// fewer units take effect as holders release, without evicting anyone.</para>
/// </remarks>
public class Resource
{
    private readonly List<Request> _holders = [];
    private readonly WaitingLine _line;
    private long _sequence;

    /// <summary>Creates a first-come-first-served resource.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    /// <param name="capacity">Number of units; zero or more.</param>
    /// <param name="name">A name for messages.</param>
    public Resource(Simulation simulation, int capacity, string? name = null)
        : this(simulation, capacity, name, new FifoWaitingLine())
    {
    }

    private protected Resource(Simulation simulation, int capacity, string? name, WaitingLine line)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Simulation = simulation;
        Capacity = capacity;
        Name = name ?? GetType().Name;
        _line = line;
    }

    /// <summary>The simulation this resource belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The resource's name, for messages.</summary>
    public string Name { get; }

    /// <summary>Number of units.</summary>
    public int Capacity { get; private set; }

    /// <summary>Number of units held right now.</summary>
    public int InUse => _holders.Count;

    /// <summary>Number of requests waiting.</summary>
    public int QueueLength => _line.Count;

    /// <summary>The requests holding a unit (in no particular order).</summary>
    public IReadOnlyList<Request> Holders => _holders;

    /// <summary>A snapshot of the waiting requests, in the order they will be served.</summary>
    public IReadOnlyList<Request> Queue => _line.ToList();

    /// <summary>Called after every change of <see cref="InUse"/> or <see cref="QueueLength"/>, e.g. to update a monitor.</summary>
    public Action<Resource>? Changed { get; set; }

    /// <summary>Asks for one unit; yield the request to wait until it is granted.</summary>
    public Request Request() => Enqueue(0, preempt: false);

    /// <summary>
    /// Gives back the unit held by <paramref name="request"/>, or takes it out of the queue if it was still waiting.
    /// Waiting requests are granted at once (processed at the current time).
    /// </summary>
    /// <returns>An event that is already processed, so <c>yield return resource.Release(r)</c> goes on at once.</returns>
    /// <exception cref="InvalidOperationException">The request belongs to another resource, or was already released
    /// or cancelled.</exception>
    public Event Release(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request.Resource, this))
        {
            throw new InvalidOperationException($"Cannot release a request of '{request.Resource.Name}' on '{Name}': it was not held here.");
        }

        switch (request.RequestState)
        {
            case RequestState.Granted:
                RemoveHolder(request);
                request.RequestState = RequestState.Released;
                ServeQueue();
                break;
            case RequestState.Waiting:
                request.RequestState = RequestState.Cancelled;
                _line.Forget();
                break;
            case RequestState.Preempted:
                break; // the unit was already taken away
            default:
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cannot release a request of '{Name}' that is {request.RequestState}: a unit is released once, by its holder (at {Simulation.Now} s)."));
        }

        Changed?.Invoke(this);
        return Simulation.Completed;
    }

    /// <summary>Changes the number of units; more units serve waiting requests at once.</summary>
    /// <param name="capacity">The new number of units; zero or more.</param>
    public void SetCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        ServeQueue();
        Changed?.Invoke(this);
    }

    /// <summary>Creates a request and grants it or queues it.</summary>
    private protected Request Enqueue(int priority, bool preempt)
    {
        var request = new Request(this, priority, preempt, _sequence++);
        if (_holders.Count < Capacity && _line.Count == 0)
        {
            AddHolder(request, justMade: true);
        }
        else if (preempt && TryPreempt(request))
        {
            AddHolder(request, justMade: true);
        }
        else
        {
            _line.Add(request);
        }

        Changed?.Invoke(this);
        return request;
    }

    /// <summary>Frees a unit for <paramref name="request"/> by evicting a holder, if the discipline allows.</summary>
    private protected virtual bool TryPreempt(Request request) => false;

    /// <summary>Takes a unit away from its holder (preemption).</summary>
    private protected void Evict(Request holder)
    {
        RemoveHolder(holder);
        holder.RequestState = RequestState.Preempted;
    }

    private void AddHolder(Request request, bool justMade)
    {
        request.HolderIndex = _holders.Count;
        _holders.Add(request);
        request.Grant(justMade);
    }

    private void RemoveHolder(Request request)
    {
        int index = request.HolderIndex;
        int last = _holders.Count - 1;
        var moved = _holders[last];
        _holders[index] = moved;
        moved.HolderIndex = index;
        _holders.RemoveAt(last);
        request.HolderIndex = -1;
    }

    private void ServeQueue()
    {
        while (_holders.Count < Capacity && _line.Peek() is { } next)
        {
            _line.RemoveHead();
            AddHolder(next, justMade: false);
        }
    }
}
