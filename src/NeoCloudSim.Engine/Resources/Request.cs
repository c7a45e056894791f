using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A claim on one unit of a <see cref="Resource"/>: an event processed when the unit is granted. Disposing it gives
/// the unit back, or leaves the queue if it was still waiting, so <c>using var gpu = replicas.Request();</c> in a
/// process never leaks a unit, even when the process is interrupted.
/// </summary>
public sealed class Request : Event, IDisposable
{
    internal Request(Resource resource, int priority, bool preempt, long sequence)
        : base(resource.Simulation)
    {
        Resource = resource;
        Priority = priority;
        Preempt = preempt;
        Sequence = sequence;
        Owner = resource.Simulation.ActiveProcess;
        RequestedAt = resource.Simulation.Now;
    }

    /// <summary>The resource asked for.</summary>
    public Resource Resource { get; }

    /// <summary>The process that made the request (null when made from a direct event); preemption interrupts it.</summary>
    public Process? Owner { get; }

    /// <summary>Lower values are served first and may preempt higher ones on a <see cref="PreemptiveResource"/>.</summary>
    public int Priority { get; }

    /// <summary>Whether this request may preempt a holder of lower priority.</summary>
    public bool Preempt { get; }

    /// <summary>Simulated time of the request, in seconds.</summary>
    public double RequestedAt { get; }

    /// <summary>Simulated time the unit was granted, in seconds; NaN until then.</summary>
    public double GrantedAt { get; private set; } = double.NaN;

    /// <summary>Where the request is in its life.</summary>
    public RequestState RequestState { get; internal set; }

    internal long Sequence { get; }

    /// <summary>Position in the resource's holder list while granted.</summary>
    internal int HolderIndex { get; set; } = -1;

    /// <summary>Gives the unit back, or leaves the queue; does nothing if already done or preempted.</summary>
    public void Dispose()
    {
        if (RequestState is RequestState.Waiting or RequestState.Granted)
        {
            Resource.Release(this);
        }
    }

    /// <summary>Hands the unit over: at once if the request was just made, else through the calendar.</summary>
    internal void Grant(bool justMade)
    {
        RequestState = RequestState.Granted;
        GrantedAt = Simulation.Now;
        if (justMade)
        {
            SucceedAtOnce(this);
        }
        else
        {
            Succeed(this);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"Request for {Resource.Name} ({RequestState})";
}
