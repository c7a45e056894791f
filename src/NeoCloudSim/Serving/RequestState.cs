namespace NeoCloudSim.Serving;

/// <summary>Where an inference request is in its life.</summary>
public enum RequestState : byte
{
    /// <summary>In a site's queue.</summary>
    Waiting,

    /// <summary>Its prompt is being processed by a replica.</summary>
    Prefilling,

    /// <summary>Generating output tokens in a replica's batch.</summary>
    Decoding,

    /// <summary>All output tokens generated.</summary>
    Completed,

    /// <summary>Left the queue after its patience ran out.</summary>
    Abandoned,
}
