namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>What became of one input, and for a finding its class (what stays the same when the same bug is hit
/// again: phase, exception type, the first frame of ours) and its message.</summary>
/// <param name="Verdict">Accepted, refused or a finding.</param>
/// <param name="Class">The finding's class (empty otherwise).</param>
/// <param name="Message">The finding's message, first line.</param>
/// <param name="Detail">The exception as text (stack included), or what was measured.</param>
public sealed record Outcome(Verdict Verdict, string Class = "", string Message = "", string Detail = "");
