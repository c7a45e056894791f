namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A <see cref="Resource"/> whose queue serves the lowest priority value first (first come, first served among
/// equals), e.g. interactive requests ahead of batch jobs.
/// </summary>
public class PriorityResource : Resource
{
    /// <summary>Creates the resource.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    /// <param name="capacity">Number of units; zero or more.</param>
    /// <param name="name">A name for messages.</param>
    public PriorityResource(Simulation simulation, int capacity, string? name = null)
        : base(simulation, capacity, name, new PriorityWaitingLine())
    {
    }

    /// <summary>Asks for one unit with a priority: lower values are served first.</summary>
    /// <param name="priority">The request's priority.</param>
    public Request Request(int priority) => Enqueue(priority, preempt: false);
}
