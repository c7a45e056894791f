namespace NeoCloudSim.Fluid;

/// <summary>Settings of the fluid and hybrid traffic models.</summary>
public sealed record TrafficSpec
{
    /// <summary>Fluid time step, in minutes: demand is constant within each hour, so 60 loses nothing; a step is also
    /// solved again whenever replicas go up, down or to contracts.</summary>
    public double StepMinutes { get; init; } = 60;

    /// <summary>Hybrid: length of a request-level window, in hours.</summary>
    public double WindowHours { get; init; } = 1;

    /// <summary>Hybrid: request-level windows at the busiest hours of each week (by projected demand).</summary>
    public int BusiestWindowsPerWeek { get; init; } = 1;

    /// <summary>Hybrid: request-level windows at random hours of each week.</summary>
    public int RandomWindowsPerWeek { get; init; } = 2;

    /// <summary>Hybrid: most requests the windows may hold together, by the demand curves (about a second of
    /// simulation per million). Beyond it windows are dropped, every other busiest one first, then random ones.</summary>
    public double MaxWindowRequests { get; init; } = 5_000_000;

    /// <summary>Hybrid: request-level traffic starts this long before each window, so its queues are warm.</summary>
    public double WarmUpMinutes { get; init; } = 10;
}
