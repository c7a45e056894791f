using NeoCloudSim.Routing;

namespace NeoCloudSim.Fluid;

/// <summary>
/// Partner clouds for the fluid model's overflow, by the burst rules of <see cref="PartnerRoutes"/>: each region's
/// overflow goes to its nearest partners first, each taking up to what its concurrent-request limit sustains (limit /
/// time a request holds it) over the step.
/// </summary>
internal sealed class FluidPartners
{
    private readonly PartnerRoutes _routes;
    private double[] _usedThisStep;
    private double _stepStart = double.NaN;

    public FluidPartners(PartnerRoutes routes)
    {
        _routes = routes;
        _usedThisStep = new double[routes.Partners.Count];
    }

    /// <summary>Sends up to <paramref name="requests"/> of a region's overflow over a step of <paramref name="seconds"/>
    /// starting at <paramref name="stepStart"/>; returns the requests taken and what they cost.</summary>
    public (double Requests, double CostUsd) Take(int region, double requests, double seconds, TokenSizeMoments sizes, double stepStart)
    {
        if (stepStart != _stepStart)
        {
            _stepStart = stepStart;
            _usedThisStep = new double[_routes.Partners.Count];
        }

        double taken = 0, cost = 0;
        foreach (int p in _routes.InOrder(region))
        {
            double hold = _routes.HoldSeconds(region, p, sizes.MeanOutputTokens);
            double room = (_routes.Partners[p].MaxConcurrentRequests / hold * seconds) - _usedThisStep[p];
            double take = Math.Clamp(requests - taken, 0, Math.Max(0, room));
            _usedThisStep[p] += take;
            taken += take;
            cost += _routes.CostUsd(p, take * (sizes.MeanPromptTokens + sizes.MeanOutputTokens));
        }

        return (taken, cost);
    }
}
