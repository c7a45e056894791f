using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.Routing;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Requests;

/// <summary>
/// The request-level traffic driver: each arriving request becomes an <see cref="InferenceRequest"/>, is routed by the
/// scenario's <see cref="RoutingPolicy"/> from a <see cref="SiteView"/> of each candidate site, and is accepted by its
/// site, sent to a partner cloud (burst) or rejected.
/// </summary>
internal sealed class RequestTraffic
{
    private readonly Simulation _simulation;
    private readonly IReadOnlyList<WorkloadClassSpec> _classes;
    private readonly IReadOnlyList<Site> _sites;
    private readonly SiteDistance[][] _candidates; // per region, nearest first
    private readonly SiteView[][] _views; // per region, one per candidate, refilled at each arrival
    private readonly RoutingPolicy _policy;
    private readonly PartnerPool? _partners; // null when overflow is rejected
    private readonly RoutingTally[,] _bucketRouting;
    private readonly RoutingTally[,] _runRouting;
    private readonly MoneyAccumulator _money;
    private readonly Func<InferenceRequest, double> _tokenRevenueUsd;
    private long _nextRequestId;

    public RequestTraffic(
        Simulation simulation,
        IReadOnlyList<WorkloadClassSpec> classes,
        IReadOnlyList<Site> sites,
        SiteDistance[][] candidates,
        RoutingPolicy policy,
        PartnerPool? partners,
        RoutingTally[,] bucketRouting,
        RoutingTally[,] runRouting,
        MoneyAccumulator money,
        Func<InferenceRequest, double> tokenRevenueUsd)
    {
        _simulation = simulation;
        _classes = classes;
        _sites = sites;
        _candidates = candidates;
        _views = Array.ConvertAll(candidates, c => new SiteView[c.Length]);
        _policy = policy;
        _partners = partners;
        _bucketRouting = bucketRouting;
        _runRouting = runRouting;
        _money = money;
        _tokenRevenueUsd = tokenRevenueUsd;
    }

    /// <summary>A request of <paramref name="workloadClass"/> arrives from <paramref name="region"/>: it is routed.</summary>
    public void Arrive(int region, int workloadClass, Arrival arrival)
    {
        var request = NewRequest(region, workloadClass, arrival.PromptTokens, arrival.OutputTokens);
        var bucket = _bucketRouting[region, workloadClass];
        var run = _runRouting[region, workloadClass];
        bucket.Arrived++;
        run.Arrived++;
        var candidates = _candidates[region];
        var views = _views[region];
        for (int i = 0; i < candidates.Length; i++)
        {
            views[i] = View(candidates[i]);
        }

        int chosen = _policy.Choose(_classes[workloadClass], views);
        if (chosen >= 0)
        {
            bucket.Routed++;
            run.Routed++;
            request.RoundTripSeconds = candidates[chosen].RoundTripSeconds;
            candidates[chosen].Site.Accept(request);
            return;
        }

        if (_partners is not null && _partners.TryBurst(request, out double cost, out _))
        {
            bucket.AddBurst(request.PromptTokens, request.OutputTokens, cost);
            run.AddBurst(request.PromptTokens, request.OutputTokens, cost);
            _money.BurstUsd += cost;
            _money.PerTokenUsd += _tokenRevenueUsd(request);
            return;
        }

        bucket.Rejected++;
        run.Rejected++;
    }

    /// <summary>A request sent to <paramref name="site"/> directly, its stream routed by another driver (a per-site
    /// window of a hybrid run).</summary>
    public void ArriveAt(int site, int region, int workloadClass, int promptTokens, int outputTokens, double roundTripSeconds)
    {
        var request = NewRequest(region, workloadClass, promptTokens, outputTokens);
        request.RoundTripSeconds = roundTripSeconds;
        _sites[site].Accept(request);
    }

    /// <summary>What a routing policy sees of a candidate site now.</summary>
    public static SiteView View(in SiteDistance candidate)
    {
        var site = candidate.Site;
        return new SiteView(
            candidate.RoundTripSeconds,
            site.Slots,
            site.InSystem,
            site.Waiting,
            site.RecentServiceSeconds,
            site.MarginalEnergyPriceUsdPerMwh,
            site.Slots / site.RecentServiceSeconds);
    }

    private InferenceRequest NewRequest(int region, int workloadClass, int promptTokens, int outputTokens) => new()
    {
        Id = _nextRequestId++,
        Region = region,
        Class = workloadClass,
        PromptTokens = promptTokens,
        OutputTokens = outputTokens,
        ArrivedAt = _simulation.Now,
    };
}
