namespace NeoCloudSim.Engine;

/// <summary>
/// Observes every calendar entry as it fires: for event traces, debugging and reproducibility checks.
/// </summary>
public interface ISimulationTracer
{
    /// <summary>Called just before the handler of an entry runs.</summary>
    /// <param name="time">Simulated time of the entry, in seconds.</param>
    /// <param name="priority">The entry's priority.</param>
    /// <param name="sequence">The entry's insertion number: unique and increasing within one simulation.</param>
    /// <param name="handler">Who is told.</param>
    /// <param name="tag">The handler's tag, packed (<see cref="EventTag.Unpack"/> reads it; a handler that is an
    /// <see cref="INamedEventHandler"/> names it: see <see cref="TextEventTracer.Describe"/>).</param>
    void OnEvent(double time, int priority, long sequence, IEventHandler handler, long tag);
}
