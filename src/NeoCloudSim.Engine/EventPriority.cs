namespace NeoCloudSim.Engine;

/// <summary>
/// Priorities of calendar entries at the same simulated time: lower fires first; equal priorities fire in the order
/// they were scheduled.
/// </summary>
public static class EventPriority
{
    /// <summary>Before everything else at the same time: process starts and interrupts.</summary>
    public const int Urgent = -1;

    /// <summary>The default for timeouts, triggered events and direct events.</summary>
    public const int Normal = 0;

    /// <summary>After the normal events at the same time, e.g. end-of-bucket bookkeeping.</summary>
    public const int Late = 1;

    /// <summary>Lowest value a priority may take.</summary>
    public const int Min = -(1 << 18);

    /// <summary>Highest value a priority may take.</summary>
    public const int Max = (1 << 18) - 1;
}
