namespace NeoCloudSim.Numerics;

/// <summary>
/// The derivatives of a solved pool's two blocking shares by its two arrival rates, per request per second: what
/// a small change of the traffic offered to a site does to what it turns away. The routing's Newton steps use them
/// to settle a saturated fleet in a few passes instead of dozens.
/// </summary>
/// <param name="SpillBySpilling">d(spill blocking) / d(spilling rate).</param>
/// <param name="SpillByJoining">d(spill blocking) / d(joining rate).</param>
/// <param name="FullBySpilling">d(blocking) / d(spilling rate).</param>
/// <param name="FullByJoining">d(blocking) / d(joining rate).</param>
public readonly record struct BlockingSensitivity(double SpillBySpilling, double SpillByJoining, double FullBySpilling, double FullByJoining);
