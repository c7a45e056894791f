namespace NeoCloudSim.World;

/// <summary>One served request, as sampled into the per-request results.</summary>
public sealed record RequestRecord
{
    /// <summary>Request sequence number.</summary>
    public long Id { get; init; }

    /// <summary>Arrival, UTC.</summary>
    public DateTime ArrivedAt { get; init; }

    /// <summary>User's region id.</summary>
    public string Region { get; init; } = "";

    /// <summary>Class id.</summary>
    public string Class { get; init; } = "";

    /// <summary>Serving site id.</summary>
    public string Site { get; init; } = "";

    /// <summary>Prompt tokens.</summary>
    public int PromptTokens { get; init; }

    /// <summary>Output tokens.</summary>
    public int OutputTokens { get; init; }

    /// <summary>Network round trip, ms.</summary>
    public double RttMs { get; init; }

    /// <summary>Queueing delay, ms.</summary>
    public double QueueingDelayMs { get; init; }

    /// <summary>Time to first token, ms.</summary>
    public double TtftMs { get; init; }

    /// <summary>End-to-end latency, ms.</summary>
    public double E2eMs { get; init; }

    /// <summary>Restarts after replica failures.</summary>
    public int Restarts { get; init; }

    /// <summary>Whether it met its class's SLO.</summary>
    public bool SloMet { get; init; }
}
