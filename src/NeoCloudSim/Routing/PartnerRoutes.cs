namespace NeoCloudSim.Routing;

/// <summary>
/// The burst rules, written once for both traffic drivers: which partner clouds a region's overflow tries (nearest
/// first, ties to the first listed), how long a request holds a partner's slot and what the partner charges for it.
/// </summary>
/// <remarks>The request-level pool (<see cref="PartnerPool"/>) applies them request by request against each partner's
/// concurrent-request limit; the fluid model applies them to a step's overflow, each partner taking what its limit
/// sustains over the step.</remarks>
public sealed class PartnerRoutes
{
    private readonly int[][] _byRegion; // partner indices, nearest first, per region
    private readonly double[][] _rttSeconds; // per region, per partner

    /// <summary>The routes from regions named <paramref name="regions"/> to <paramref name="partners"/>.</summary>
    public PartnerRoutes(IReadOnlyList<PartnerCloudSpec> partners, IReadOnlyList<string> regions)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(regions);
        Partners = partners;
        _byRegion = new int[regions.Count][];
        _rttSeconds = new double[regions.Count][];
        for (int r = 0; r < regions.Count; r++)
        {
            var rtt = new double[partners.Count];
            var order = new int[partners.Count];
            for (int p = 0; p < partners.Count; p++)
            {
                rtt[p] = (partners[p].RttMs.TryGetValue(regions[r], out double ms) ? ms : partners[p].DefaultRttMs) / 1000;
                order[p] = p;
            }

            Array.Sort(order, (a, b) => rtt[a] != rtt[b] ? rtt[a].CompareTo(rtt[b]) : a.CompareTo(b));
            _byRegion[r] = order;
            _rttSeconds[r] = rtt;
        }
    }

    /// <summary>The partner clouds, in scenario order.</summary>
    public IReadOnlyList<PartnerCloudSpec> Partners { get; }

    /// <summary>Indices of the partners a request from <paramref name="region"/> tries, nearest first.</summary>
    public int[] InOrder(int region) => _byRegion[region];

    /// <summary>Seconds from a request's arrival at partner <paramref name="partner"/> to its first token: the round
    /// trip from <paramref name="region"/> and the partner's own TTFT.</summary>
    public double TtftSeconds(int region, int partner) => _rttSeconds[region][partner] + (Partners[partner].TtftMs / 1000);

    /// <summary>Seconds a request with <paramref name="outputTokens"/> holds one of the partner's concurrent slots:
    /// until its last token has streamed.</summary>
    public double HoldSeconds(int region, int partner, double outputTokens) =>
        TtftSeconds(region, partner) + (outputTokens / Partners[partner].OutputTokensPerSecond);

    /// <summary>What the partner charges for <paramref name="tokens"/> tokens (prompt and output), USD: its list price
    /// plus the markup for capacity bought at short notice.</summary>
    public double CostUsd(int partner, double tokens)
    {
        var spec = Partners[partner];
        return tokens / 1e6 * spec.PriceUsdPerMillionTokens * (1 + spec.Markup);
    }
}
