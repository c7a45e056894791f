using NeoCloudSim.Demand;

namespace NeoCloudSim.Fluid;

/// <summary>A stream's arrivals inside request-level windows only; a Poisson stream jumps straight to the next window.</summary>
internal sealed class WindowedArrivalStream(IArrivalStream inner, RequestWindows windows) : IArrivalStream
{
    /// <inheritdoc/>
    public bool TryNext(out Arrival arrival)
    {
        while (inner.TryNext(out arrival))
        {
            if (windows.Contains(arrival.Time))
            {
                return true;
            }

            double next = windows.NextStart(arrival.Time);
            if (double.IsPositiveInfinity(next))
            {
                return false;
            }

            if (inner is PoissonArrivalStream poisson)
            {
                poisson.SkipTo(next);
            }
        }

        return false;
    }
}
