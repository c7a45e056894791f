namespace NeoCloudSim.Engine.Resources;

/// <summary>Where a <see cref="Request"/> for a <see cref="Resource"/> is in its life.</summary>
public enum RequestState : byte
{
    /// <summary>In the resource's queue, waiting for a free unit.</summary>
    Waiting,

    /// <summary>Holding a unit of the resource.</summary>
    Granted,

    /// <summary>Gave its unit back.</summary>
    Released,

    /// <summary>Left the queue before being granted.</summary>
    Cancelled,

    /// <summary>Lost its unit to a request of higher priority.</summary>
    Preempted,
}
