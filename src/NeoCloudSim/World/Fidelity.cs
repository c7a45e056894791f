namespace NeoCloudSim.World;

/// <summary>How a run simulates traffic (the slow world — power, build-out, deliveries, failures — is always event by event).</summary>
public enum Fidelity
{
    /// <summary>Requests one by one for runs of up to 20 million expected requests, hybrid beyond.</summary>
    Auto,

    /// <summary>Every request arrives, queues, is batched and served.</summary>
    Requests,

    /// <summary>Demand as flows per time step, served through a queueing approximation.</summary>
    Fluid,

    /// <summary>Fluid over the horizon, with request-level windows (the busiest hour of each week and random hours).</summary>
    Hybrid,
}
