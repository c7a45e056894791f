namespace NeoCloudSim.Engine;

/// <summary>
/// Something the calendar tells when its time comes: the way to write hot-path model code as direct events.
/// </summary>
/// <remarks>
/// Scheduling with <see cref="Simulation.Schedule(double, IEventHandler, EventTag, int)"/> stores the handler and a
/// 64-bit tag in a struct on the calendar, so a model that keeps its handlers alive (a site, a replica, an arrival
/// stream) schedules millions of events without allocating. The tag is the handler's own word about the event: an
/// <see cref="EventTag"/> (a kind, an index, a generation number to recognise events made stale by a later
/// decision) packed into a long, which the handler reads back with <see cref="EventTag.Unpack"/> at no cost. A
/// handler that names its kinds implements <see cref="INamedEventHandler"/> so that traces can say what fired.
/// </remarks>
public interface IEventHandler
{
    /// <summary>Called once, at the simulated time the event was scheduled for.</summary>
    /// <param name="tag">The tag given when the event was scheduled, packed: <see cref="EventTag.Unpack"/> reads it.</param>
    void Handle(long tag);
}
