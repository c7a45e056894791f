namespace NeoCloudSim.Demand;

/// <summary>One request of a recorded trace: when, relative to the trace's first request, and its sizes.</summary>
/// <param name="OffsetSeconds">Seconds after the trace's first request.</param>
/// <param name="PromptTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Output tokens.</param>
public readonly record struct TraceRecord(double OffsetSeconds, int PromptTokens, int OutputTokens);
