using NeoCloudSim.Time;

namespace NeoCloudSim.Demand;

/// <summary>A class of demand: chat, voice agents, batch jobs — each with its own service-level objective.</summary>
public sealed record WorkloadClassSpec
{
    /// <summary>Identifier used by demand streams and pricing, e.g. "chat", "voice", "batch".</summary>
    public required string Id { get; init; }

    /// <summary>Interactive or batch.</summary>
    public WorkloadKind Kind { get; init; } = WorkloadKind.Interactive;

    /// <summary>Time-to-first-token objective, in ms (interactive); a request within it meets its SLO.</summary>
    public double TtftSloMs { get; init; } = 1_000;

    /// <summary>How long a user waits in queue before giving up, in seconds; 0 = forever.</summary>
    public double PatienceSeconds { get; init; }

    /// <summary>Completion deadline after arrival, in hours (batch); a request within it meets its SLO.</summary>
    public double DeadlineHours { get; init; } = 24;

    /// <summary>
    /// The service-level test, the one both traffic drivers apply: an interactive request meets its objective when its
    /// time to first token is within <see cref="TtftSloMs"/>, a batch request when it completes within
    /// <see cref="DeadlineHours"/> of arriving.
    /// </summary>
    /// <param name="ttftSeconds">Time from arrival to first token, in seconds (network round trip included).</param>
    /// <param name="endToEndSeconds">Time from arrival to last token, in seconds.</param>
    public bool MetSlo(double ttftSeconds, double endToEndSeconds) => Kind == WorkloadKind.Batch
        ? endToEndSeconds <= Durations.FromHours(DeadlineHours)
        : ttftSeconds * 1000 <= TtftSloMs;
}
