using NeoCloudSim.Demand;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Routing;

/// <summary>Chooses the site that serves a request, among the region's sites ordered by round trip.</summary>
public abstract class RoutingPolicy
{
    /// <summary>Creates the policy with its fullness rule.</summary>
    protected RoutingPolicy(double maxWaitingPerSlot) => MaxWaitingPerSlot = maxWaitingPerSlot;

    /// <summary>A site is full when its waiting requests reach this many per batch slot up.</summary>
    public double MaxWaitingPerSlot { get; }

    /// <summary>The chosen site, or null when none can take the request (overflow).</summary>
    /// <param name="request">The request, with its region and class.</param>
    /// <param name="workload">The request's class.</param>
    /// <param name="candidates">The region's sites, nearest first, with their round trips in seconds.</param>
    public abstract Site? Choose(InferenceRequest request, WorkloadClassSpec workload, IReadOnlyList<SiteDistance> candidates);

    /// <summary>True when the site serves and its queue has room.</summary>
    protected bool CanTake(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.Slots > 0 && site.Waiting < MaxWaitingPerSlot * site.Slots;
    }

    /// <summary>Requests at the site per batch slot up: below 1 a new request starts at once.</summary>
    protected static double Load(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return (double)site.InSystem / site.Slots;
    }

    /// <summary>The site with room whose <paramref name="score"/> is lowest (and finite); ties go to the nearer site.</summary>
    protected Site? Lowest(IReadOnlyList<SiteDistance> candidates, Func<Site, double> score)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(score);
        Site? best = null;
        double bestScore = double.PositiveInfinity;
        foreach (var candidate in candidates)
        {
            var site = candidate.Site;
            if (CanTake(site) && score(site) is var value && value < bestScore)
            {
                best = site;
                bestScore = value;
            }
        }

        return best;
    }

    /// <summary>Creates the policy a routing spec names.</summary>
    public static RoutingPolicy Create(RoutingSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Policy switch
        {
            RoutingPolicyKind.Nearest => new NearestRouting(spec.MaxWaitingPerSlot),
            RoutingPolicyKind.LeastLoaded => new LeastLoadedRouting(spec.MaxWaitingPerSlot),
            RoutingPolicyKind.LatencyAware => new LatencyAwareRouting(spec.MaxWaitingPerSlot),
            RoutingPolicyKind.Cheapest => new CheapestRouting(spec.MaxWaitingPerSlot),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Policy, "Unknown routing policy."),
        };
    }
}
