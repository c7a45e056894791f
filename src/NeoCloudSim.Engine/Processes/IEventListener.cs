namespace NeoCloudSim.Engine.Processes;

/// <summary>Something told when an event it waits for is processed: a process or a condition.</summary>
internal interface IEventListener
{
    void OnEventProcessed(Event processed);
}
