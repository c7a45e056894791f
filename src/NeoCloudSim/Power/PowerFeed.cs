namespace NeoCloudSim.Power;

/// <summary>A feed during a run: its drawn time to power and the MW energized so far.</summary>
public sealed class PowerFeed
{
    internal PowerFeed(PowerFeedSpec spec, int index, double requestedAt, double firstPowerAt)
    {
        Spec = spec;
        Index = index;
        RequestedAt = requestedAt;
        FirstPowerAt = firstPowerAt;
    }

    /// <summary>The feed as the scenario describes it.</summary>
    public PowerFeedSpec Spec { get; }

    /// <summary>Position of the feed in its site's list.</summary>
    public int Index { get; }

    /// <summary>Simulation time of the request, in seconds.</summary>
    public double RequestedAt { get; }

    /// <summary>Simulation time the first phase is energized, in seconds (drawn from the time-to-power distribution).</summary>
    public double FirstPowerAt { get; }

    /// <summary>Facility MW energized now.</summary>
    public double EnergizedMegawatts { get; internal set; }

    /// <summary>Number of phases the feed is energized in.</summary>
    public int Phases => Spec.PhaseMegawatts > 0 ? (int)Math.Ceiling(Spec.Megawatts / Spec.PhaseMegawatts) : 1;

    /// <summary>Facility MW energized by phase <paramref name="phase"/> (0-based), cumulative.</summary>
    public double MegawattsAfterPhase(int phase) =>
        Spec.PhaseMegawatts > 0 ? Math.Min(Spec.Megawatts, (phase + 1) * Spec.PhaseMegawatts) : Spec.Megawatts;
}
