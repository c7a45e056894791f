namespace NeoCloudSim.Demand;

/// <summary>The demand of one class from one region: a curve with size distributions, or a replayed trace.</summary>
public sealed record DemandStreamSpec
{
    /// <summary>The users' region.</summary>
    public required string Region { get; init; }

    /// <summary>The workload class.</summary>
    public required string Class { get; init; }

    /// <summary>The arrival rate over time (ignored when <see cref="Trace"/> is set).</summary>
    public DemandCurveSpec Curve { get; init; } = new();

    /// <summary>Prompt sizes.</summary>
    public TokenSizeSpec PromptTokens { get; init; } = new() { Median = 1_020, P99 = 4_142 };

    /// <summary>Output sizes.</summary>
    public TokenSizeSpec OutputTokens { get; init; } = new() { Median = 129, P99 = 601 };

    /// <summary>A trace to replay instead of the curve.</summary>
    public TraceSpec? Trace { get; init; }
}
