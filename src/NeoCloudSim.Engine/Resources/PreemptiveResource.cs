namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A <see cref="PriorityResource"/> on which a request may take the unit of a holder with a strictly higher priority
/// value (less important): the holder's process is interrupted with a <see cref="Preempted"/> cause.
/// </summary>
/// <remarks>
/// The victim is the least important holder, and among equals the one that asked last. Preemption is decided only
/// when the request is made; a preempting request that finds no victim waits in the queue like any other.
/// </remarks>
public sealed class PreemptiveResource : PriorityResource
{
    /// <summary>Creates the resource.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    /// <param name="capacity">Number of units; zero or more.</param>
    /// <param name="name">A name for messages.</param>
    public PreemptiveResource(Simulation simulation, int capacity, string? name = null)
        : base(simulation, capacity, name)
    {
    }

    /// <summary>Asks for one unit with a priority, preempting a less important holder if every unit is held.</summary>
    /// <param name="priority">The request's priority: lower values are more important.</param>
    /// <param name="preempt">Whether this request may preempt.</param>
    public Request Request(int priority, bool preempt) => Enqueue(priority, preempt);

    private protected override bool TryPreempt(Request request)
    {
        if (InUse == 0 || InUse < Capacity)
        {
            return false;
        }

        Request? victim = null;
        foreach (var holder in Holders)
        {
            if (victim is null
                || holder.Priority > victim.Priority
                || (holder.Priority == victim.Priority && holder.Sequence > victim.Sequence))
            {
                victim = holder;
            }
        }

        if (victim is null || victim.Priority <= request.Priority)
        {
            return false;
        }

        Evict(victim);
        var owner = victim.Owner;
        if (owner is { IsAlive: true } && !ReferenceEquals(owner, Simulation.ActiveProcess))
        {
            owner.Interrupt(new Preempted(request.Owner, victim.GrantedAt, this, victim));
        }

        return true;
    }
}
