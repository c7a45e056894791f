using NeoCloudSim.Demand;
using NeoCloudSim.Time;

namespace NeoCloudSim.World;

/// <summary>
/// What <see cref="Fidelity.Auto"/> means: requests one by one while the run's expected requests stay under
/// <see cref="RequestLevelLimit"/> (about 20 s of simulation at ~1 µs a request), hybrid beyond.
/// </summary>
public static class FidelityChoice
{
    /// <summary>Expected requests up to which a run is simulated request by request.</summary>
    public const double RequestLevelLimit = 20e6;

    /// <summary>The fidelity for <paramref name="scenario"/>, whose demand curves are <paramref name="curves"/>.</summary>
    public static Fidelity For(Scenario scenario, IReadOnlyList<DemandCurve> curves, double horizonSeconds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(curves);
        return ExpectedRequests(curves, horizonSeconds) <= RequestLevelLimit ? Fidelity.Requests : Fidelity.Hybrid;
    }

    /// <summary>Requests the curves' expected rates (growth and price, shapes averaging 1) give over the horizon.</summary>
    public static double ExpectedRequests(IReadOnlyList<DemandCurve> curves, double horizonSeconds)
    {
        ArgumentNullException.ThrowIfNull(curves);
        double total = 0;
        double step = Durations.SecondsPerDay;
        foreach (var curve in curves)
        {
            for (double t = 0; t < horizonSeconds; t += step)
            {
                total += curve.ExpectedRatePerSecond(t + (Math.Min(step, horizonSeconds - t) / 2)) * Math.Min(step, horizonSeconds - t);
            }
        }

        return total;
    }
}
