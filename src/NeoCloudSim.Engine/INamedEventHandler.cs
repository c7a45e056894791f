namespace NeoCloudSim.Engine;

/// <summary>
/// A handler that can say in words what one of its events is, so a trace reads "Replica[3] at edge-1 StepBoundary
/// gen 17" rather than a number. Optional: tracers fall back to the handler's type and the tag's fields.
/// </summary>
/// <remarks>Called only by tracers, never on the hot path, so it may allocate.</remarks>
public interface INamedEventHandler : IEventHandler
{
    /// <summary>Describes the event this handler was (or will be) told with <paramref name="tag"/>.</summary>
    /// <param name="tag">The event's tag, unpacked.</param>
    /// <returns>Who is told and what about, on one line.</returns>
    string DescribeEvent(EventTag tag);
}
