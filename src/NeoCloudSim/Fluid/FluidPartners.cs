using NeoCloudSim.Routing;

namespace NeoCloudSim.Fluid;

/// <summary>
/// Partner clouds for the fluid model's overflow: each region's overflow goes to its nearest partners first, each
/// taking up to what its concurrent-request limit sustains (limit / time a request holds it) over the step.
/// </summary>
internal sealed class FluidPartners
{
    private readonly IReadOnlyList<PartnerCloudSpec> _partners;
    private readonly int[][] _byRegion;
    private readonly double[][] _rtt;
    private double[] _usedThisStep;
    private double _stepStart = double.NaN;

    public FluidPartners(IReadOnlyList<PartnerCloudSpec> partners, IReadOnlyList<string> regions)
    {
        _partners = partners;
        _usedThisStep = new double[partners.Count];
        _byRegion = new int[regions.Count][];
        _rtt = new double[regions.Count][];
        for (int r = 0; r < regions.Count; r++)
        {
            var rtt = new double[partners.Count];
            for (int p = 0; p < partners.Count; p++)
            {
                rtt[p] = (partners[p].RttMs.TryGetValue(regions[r], out double ms) ? ms : partners[p].DefaultRttMs) / 1000;
            }

            _rtt[r] = rtt;
            _byRegion[r] = [.. Enumerable.Range(0, partners.Count).OrderBy(p => rtt[p]).ThenBy(p => p)];
        }
    }

    /// <summary>Sends up to <paramref name="requests"/> of a region's overflow over a step of <paramref name="seconds"/>
    /// starting at <paramref name="stepStart"/>; returns the requests taken and what they cost.</summary>
    public (double Requests, double CostUsd) Take(int region, double requests, double seconds, TokenSizeMoments sizes, double stepStart)
    {
        if (stepStart != _stepStart)
        {
            _stepStart = stepStart;
            _usedThisStep = new double[_partners.Count];
        }

        double taken = 0, cost = 0;
        foreach (int p in _byRegion[region])
        {
            var partner = _partners[p];
            double hold = _rtt[region][p] + (partner.TtftMs / 1000) + (sizes.MeanOutputTokens / partner.OutputTokensPerSecond);
            double room = (partner.MaxConcurrentRequests / hold * seconds) - _usedThisStep[p];
            double take = Math.Clamp(requests - taken, 0, Math.Max(0, room));
            _usedThisStep[p] += take;
            taken += take;
            cost += take * (sizes.MeanPromptTokens + sizes.MeanOutputTokens) / 1e6 * partner.PriceUsdPerMillionTokens * (1 + partner.Markup);
        }

        return (taken, cost);
    }
}
