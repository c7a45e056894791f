using NeoCloudSim.Engine;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Sites;

/// <summary>
/// The patience of one class's waiting requests at one site: a request still waiting <c>patience</c> seconds after it
/// was accepted abandons, exactly then. One calendar entry at a time serves the whole class, instead of one timer per
/// request (which cost an allocation and an event for nearly every request, most of them served long before).
/// </summary>
/// <remarks>
/// <para>The class's patience is one constant, so deadlines come in the order requests are accepted: the watch keeps
/// them in a ring and sets its calendar entry at the deadline of the oldest request still waiting. When the entry
/// fires, requests whose deadline has come abandon if they still wait; requests already in a replica leave the ring.
/// The cost is one event per request that actually reaches its deadline in the queue, or whose deadline the watch
/// was set on; not one per request.</para>
/// <para>A request that left the ring for a replica and is thrown back into the queue by a failure before its
/// deadline gets a timer of its own (<see cref="Requeued"/>; failures are rare). Abandoning is idempotent, so a
/// request watched both ways abandons once. Times are those of one timer per request; only the insertion order of
/// events at exactly equal times could differ.</para>
/// </remarks>
internal sealed class PatienceWatch : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly double _patienceSeconds;
    private readonly Action<InferenceRequest> _abandon;
    private InferenceRequest[] _requests = new InferenceRequest[16];
    private double[] _deadlines = new double[16];
    private int _head;
    private int _count;
    private bool _set; // a calendar entry is pending; true exactly when the ring is not empty

    /// <summary>Creates the watch of a class whose requests wait at most <paramref name="patienceSeconds"/>.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="patienceSeconds">How long a request waits before it abandons; positive.</param>
    /// <param name="abandon">Called at a request's deadline when it still waits (the site makes it abandon).</param>
    public PatienceWatch(Simulation simulation, double patienceSeconds, Action<InferenceRequest> abandon)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(patienceSeconds);
        _simulation = simulation;
        _patienceSeconds = patienceSeconds;
        _abandon = abandon;
    }

    /// <summary>Requests in the ring (waiting, or served since and not yet dropped).</summary>
    public int Watched => _count;

    /// <summary>Starts watching a request that was just accepted and waits; it abandons at now + patience if it still
    /// waits then.</summary>
    public void Watch(InferenceRequest request)
    {
        double deadline = _simulation.Now + _patienceSeconds;
        request.PatienceDeadline = deadline;
        if (_count == _requests.Length)
        {
            Grow();
        }

        int tail = (_head + _count) & (_requests.Length - 1);
        _requests[tail] = request;
        _deadlines[tail] = deadline;
        _count++;
        if (!_set)
        {
            _set = true;
            _simulation.ScheduleAt(deadline, this);
        }
    }

    /// <summary>A watched request is back in the queue (its replica failed): it abandons at its deadline if that is
    /// still ahead and it waits then.</summary>
    public void Requeued(InferenceRequest request)
    {
        if (request.PatienceDeadline > _simulation.Now && request.PatienceDeadline < double.PositiveInfinity)
        {
            _simulation.ScheduleAt(request.PatienceDeadline, new RequeuedTimer(this, request));
        }
    }

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => $"PatienceWatch ({_patienceSeconds} s) Deadline";

    /// <inheritdoc/>
    public void Handle(long tag)
    {
        _set = false;
        double now = _simulation.Now;
        while (_count > 0)
        {
            var request = _requests[_head];
            double deadline = _deadlines[_head];
            if (deadline > now && request.State == RequestState.Waiting)
            {
                _set = true;
                _simulation.ScheduleAt(deadline, this);
                return;
            }

            _requests[_head] = null!;
            _head = (_head + 1) & (_requests.Length - 1);
            _count--;
            if (deadline <= now)
            {
                AbandonIfWaiting(request);
            }
        }
    }

    private void AbandonIfWaiting(InferenceRequest request)
    {
        if (request.State == RequestState.Waiting)
        {
            _abandon(request);
        }
    }

    private void Grow()
    {
        var requests = new InferenceRequest[_requests.Length * 2];
        var deadlines = new double[_requests.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            int from = (_head + i) & (_requests.Length - 1);
            requests[i] = _requests[from];
            deadlines[i] = _deadlines[from];
        }

        _requests = requests;
        _deadlines = deadlines;
        _head = 0;
    }

    /// <summary>The deadline of one request thrown back into the queue after it had left the ring.</summary>
    private sealed class RequeuedTimer(PatienceWatch watch, InferenceRequest request) : INamedEventHandler
    {
        public string DescribeEvent(EventTag tag) => $"PatienceWatch RequeuedDeadline request {request.Id}";

        public void Handle(long tag) => watch.AbandonIfWaiting(request);
    }
}
