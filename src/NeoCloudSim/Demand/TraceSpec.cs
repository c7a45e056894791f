namespace NeoCloudSim.Demand;

/// <summary>A recorded trace to replay (Azure LLM inference format).</summary>
public sealed record TraceSpec
{
    /// <summary>Path of the trace file, relative to the scenario file.</summary>
    public required string Path { get; init; }

    /// <summary>When the trace starts, in hours after the scenario's start.</summary>
    public double StartHours { get; init; }

    /// <summary>Speed-up: 2 replays the trace twice as fast (twice the rate).</summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>Loop the trace until the horizon.</summary>
    public bool Repeat { get; init; }
}
