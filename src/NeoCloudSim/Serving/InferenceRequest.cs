namespace NeoCloudSim.Serving;

/// <summary>
/// One inference request as an entity: who sent it, where it is served, and the times that make its latency.
/// TTFT = network round trip + queueing delay (service start − arrival at the site) + prefill time.
/// </summary>
public sealed class InferenceRequest
{
    /// <summary>Sequence number of the request in the run.</summary>
    public long Id { get; init; }

    /// <summary>Index of the user's region.</summary>
    public int Region { get; init; }

    /// <summary>Index of the workload class.</summary>
    public int Class { get; init; }

    /// <summary>Prompt tokens.</summary>
    public int PromptTokens { get; init; }

    /// <summary>Output tokens to generate.</summary>
    public int OutputTokens { get; init; }

    /// <summary>Simulation time of arrival, in seconds.</summary>
    public double ArrivedAt { get; init; }

    /// <summary>Round trip between the user's region and the serving site, in seconds.</summary>
    public double RoundTripSeconds { get; set; }

    /// <summary>Index of the serving site, or -1 before routing.</summary>
    public int Site { get; set; } = -1;

    /// <summary>Where the request is in its life.</summary>
    public RequestState State { get; internal set; }

    /// <summary>When a replica first started its prefill, in seconds; NaN before.</summary>
    public double ServiceStartedAt { get; internal set; } = double.NaN;

    /// <summary>When its first output token was produced (end of prefill), in seconds; NaN before.</summary>
    public double FirstTokenAt { get; internal set; } = double.NaN;

    /// <summary>When its last output token was produced, in seconds; NaN before.</summary>
    public double CompletedAt { get; internal set; } = double.NaN;

    /// <summary>Times the request was thrown back into the queue by a replica failure.</summary>
    public int Restarts { get; internal set; }

    /// <summary>Index, in its site, of the cluster whose replica served the request last; -1 before service.</summary>
    public int Cluster { get; internal set; } = -1;

    /// <summary>When the request abandons if it still waits then, in seconds; +∞ when nothing watches its patience
    /// (its class waits as long as it takes, or a replica took it at once).</summary>
    internal double PatienceDeadline { get; set; } = double.PositiveInfinity;

    /// <summary>Queueing delay: service start − arrival at the site, in seconds.</summary>
    public double QueueingDelaySeconds => ServiceStartedAt - ArrivedAt;

    /// <summary>Time to first token as the user sees it, in seconds.</summary>
    public double TtftSeconds => RoundTripSeconds + FirstTokenAt - ArrivedAt;

    /// <summary>End-to-end latency as the user sees it, in seconds.</summary>
    public double EndToEndSeconds => RoundTripSeconds + CompletedAt - ArrivedAt;
}
