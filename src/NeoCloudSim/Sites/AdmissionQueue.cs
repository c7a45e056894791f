using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Metrics;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Sites;

/// <summary>
/// The requests a site holds: its queue (interactive before batch), each class's patience, and the count of requests
/// waiting or in a replica, with the levels a flow-level driver adds to them.
/// </summary>
internal sealed class AdmissionQueue
{
    private readonly Simulation _simulation;
    private readonly WorkloadClassSpec[] _classes;
    private readonly SiteMonitors _monitors;
    private readonly SiteQueue _queue = new();
    private readonly PatienceWatch?[] _patience; // per class; null for classes that wait as long as it takes
    private double _flowInSystem;
    private double _flowWaiting;

    /// <param name="simulation">The engine.</param>
    /// <param name="classes">The workload classes.</param>
    /// <param name="monitors">The site's levels (queue and requests held).</param>
    /// <param name="abandon">Called when a waiting request's patience runs out.</param>
    public AdmissionQueue(Simulation simulation, WorkloadClassSpec[] classes, SiteMonitors monitors, Action<InferenceRequest> abandon)
    {
        _simulation = simulation;
        _classes = classes;
        _monitors = monitors;
        _patience = new PatienceWatch?[classes.Length];
        for (int c = 0; c < classes.Length; c++)
        {
            if (classes[c].PatienceSeconds > 0)
            {
                _patience[c] = new PatienceWatch(simulation, classes[c].PatienceSeconds, abandon);
            }
        }
    }

    /// <summary>Requests waiting in the queue.</summary>
    public int Waiting => _queue.Count;

    /// <summary>Requests at the site, waiting or being served, one by one.</summary>
    public int InSystem { get; private set; }

    /// <summary>Takes a request in: it counts as held and joins the queue.</summary>
    public void Admit(InferenceRequest request)
    {
        SetInSystem(InSystem + 1);
        _queue.Enqueue(request, IsBatch(request));
        UpdateQueueLevel();
    }

    /// <summary>Starts the patience clock of a request still waiting after admission.</summary>
    public void WatchIfWaiting(InferenceRequest request)
    {
        if (request.State == RequestState.Waiting && _patience[request.Class] is { } patience)
        {
            patience.Watch(request);
        }
    }

    /// <summary>The next request to serve, if any.</summary>
    public InferenceRequest? TakeNext()
    {
        var next = _queue.TakeNext();
        if (next is not null)
        {
            UpdateQueueLevel();
        }

        return next;
    }

    /// <summary>Puts a request thrown back by a failed replica at the front of its queue.</summary>
    public void Requeue(InferenceRequest request)
    {
        _queue.Requeue(request, IsBatch(request));
        UpdateQueueLevel();
        _patience[request.Class]?.Requeued(request);
    }

    /// <summary>A request served: it no longer counts as held.</summary>
    public void Completed() => SetInSystem(InSystem - 1);

    /// <summary>Lets a waiting request go; false if it is no longer waiting.</summary>
    public bool Abandon(InferenceRequest request)
    {
        if (request.State != RequestState.Waiting)
        {
            return false;
        }

        request.State = RequestState.Abandoned;
        _queue.Forget();
        UpdateQueueLevel();
        SetInSystem(InSystem - 1);
        return true;
    }

    /// <summary>Sets the requests a flow-level driver holds at the site and keeps waiting, from now on.</summary>
    public void SetFlowLevels(double inSystem, double waiting)
    {
        double now = _simulation.Now;
        _flowInSystem = inSystem;
        _flowWaiting = waiting;
        _monitors.InSystem.Update(now, InSystem + inSystem);
        _monitors.Queue.Update(now, _queue.Count + waiting);
    }

    private bool IsBatch(InferenceRequest request) => _classes[request.Class].Kind == WorkloadKind.Batch;

    private void UpdateQueueLevel() => _monitors.Queue.Update(_simulation.Now, _queue.Count + _flowWaiting);

    private void SetInSystem(int count)
    {
        InSystem = count;
        _monitors.InSystem.Update(_simulation.Now, count + _flowInSystem);
    }
}
