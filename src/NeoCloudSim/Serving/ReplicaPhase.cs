namespace NeoCloudSim.Serving;

/// <summary>What a replica is doing.</summary>
public enum ReplicaPhase : byte
{
    /// <summary>Up, with nothing to serve.</summary>
    Idle,

    /// <summary>Processing the prompts of newly admitted requests (decoding of the others pauses).</summary>
    Prefilling,

    /// <summary>Running decode steps: each emits one token for every request in the batch.</summary>
    Decoding,

    /// <summary>Failed, waiting for repair.</summary>
    Down,
}
