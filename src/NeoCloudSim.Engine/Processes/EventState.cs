namespace NeoCloudSim.Engine.Processes;

/// <summary>Where an <see cref="Event"/> is in its life.</summary>
public enum EventState : byte
{
    /// <summary>Not yet triggered: nothing has decided when it happens.</summary>
    Pending,

    /// <summary>Triggered: it is on the calendar and will be processed at its time.</summary>
    Triggered,

    /// <summary>Processed: its time has come and those waiting for it have been told.</summary>
    Processed,
}
