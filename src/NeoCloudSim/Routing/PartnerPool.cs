using NeoCloudSim.Engine;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Routing;

/// <summary>
/// The partner clouds overflow can go to: a request goes to the partner with the shortest round trip from its region
/// that has room, occupies it until the partner has streamed its output, and costs the partner's price plus markup.
/// </summary>
public sealed class PartnerPool : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly PartnerRoutes _routes;
    private const int BurstDone = 0;

    private readonly int[] _inFlight;

    /// <summary>Creates the pool over <paramref name="routes"/>.</summary>
    public PartnerPool(Simulation simulation, PartnerRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _simulation = simulation;
        _routes = routes;
        _inFlight = new int[routes.Partners.Count];
    }

    /// <summary>
    /// Sends <paramref name="request"/> to the nearest partner with room; returns its cost in USD and the user's TTFT
    /// in seconds, or false when every partner is full.
    /// </summary>
    public bool TryBurst(InferenceRequest request, out double costUsd, out double ttftSeconds)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (int p in _routes.InOrder(request.Region))
        {
            if (_inFlight[p] >= _routes.Partners[p].MaxConcurrentRequests)
            {
                continue;
            }

            _inFlight[p]++;
            ttftSeconds = _routes.TtftSeconds(request.Region, p);
            _simulation.Schedule(_routes.HoldSeconds(request.Region, p, request.OutputTokens), this, new EventTag(BurstDone, p));
            costUsd = _routes.CostUsd(p, request.PromptTokens + request.OutputTokens);
            return true;
        }

        costUsd = 0;
        ttftSeconds = double.NaN;
        return false;
    }

    /// <summary>A burst request finished at partner <paramref name="tag"/>.</summary>
    public void Handle(long tag) => _inFlight[EventTag.Unpack(tag).Index]--;

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => $"PartnerPool partner {_routes.Partners[tag.Index].Id} BurstDone";
}
