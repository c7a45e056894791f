using NeoCloudSim.Engine;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Routing;

/// <summary>
/// The partner clouds overflow can go to: a request goes to the partner with the shortest round trip from its region
/// that has room, occupies it until the partner has streamed its output, and costs the partner's price plus markup.
/// </summary>
public sealed class PartnerPool : IEventHandler
{
    private readonly Simulation _simulation;
    private readonly IReadOnlyList<PartnerCloudSpec> _partners;
    private readonly int[][] _byRegion; // partner indices, nearest first, per region
    private readonly double[][] _rttSeconds;
    private readonly int[] _inFlight;

    /// <summary>Creates the pool for regions named <paramref name="regions"/>.</summary>
    public PartnerPool(Simulation simulation, IReadOnlyList<PartnerCloudSpec> partners, IReadOnlyList<string> regions)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(regions);
        _simulation = simulation;
        _partners = partners;
        _inFlight = new int[partners.Count];
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

    /// <summary>
    /// Sends <paramref name="request"/> to the nearest partner with room; returns its cost in USD and the user's TTFT
    /// in seconds, or false when every partner is full.
    /// </summary>
    public bool TryBurst(InferenceRequest request, out double costUsd, out double ttftSeconds)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (int p in _byRegion[request.Region])
        {
            var partner = _partners[p];
            if (_inFlight[p] >= partner.MaxConcurrentRequests)
            {
                continue;
            }

            _inFlight[p]++;
            ttftSeconds = _rttSeconds[request.Region][p] + partner.TtftMs / 1000;
            double streaming = request.OutputTokens / partner.OutputTokensPerSecond;
            _simulation.Schedule(ttftSeconds + streaming, this, p);
            costUsd = (request.PromptTokens + request.OutputTokens) / 1e6 * partner.PriceUsdPerMillionTokens * (1 + partner.Markup);
            return true;
        }

        costUsd = 0;
        ttftSeconds = double.NaN;
        return false;
    }

    /// <summary>A burst request finished at partner <paramref name="tag"/>.</summary>
    public void Handle(long tag) => _inFlight[tag]--;
}
