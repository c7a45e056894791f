namespace NeoCloudSim.Engine.Processes;

/// <summary>
/// The rare-path state of a <see cref="Process"/>: interrupts on their way and the fault it was last resumed by.
/// Kept apart so that the common process carries one null reference instead of five fields.
/// </summary>
internal sealed class ProcessFaults
{
    public Queue<object?> InterruptsOnTheWay { get; } = new();

    public bool Interrupted { get; set; }

    public object? InterruptCause { get; set; }

    public Event? FailedEvent { get; set; }

    public bool Unhandled => Interrupted || FailedEvent is not null;
}
