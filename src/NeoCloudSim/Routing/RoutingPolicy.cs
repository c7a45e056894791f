using NeoCloudSim.Demand;

namespace NeoCloudSim.Routing;

/// <summary>
/// Chooses where a request goes among its region's candidate sites, each seen through a <see cref="SiteView"/>: one
/// object, one file per policy, for both traffic drivers. Request by request it returns a choice
/// (<see cref="Choose"/>); for flows it returns the lanes a stream's rate takes (<see cref="Lanes"/>), the flow form of
/// the same rule.
/// </summary>
/// <remarks>Candidates come nearest first (ties by site order), and every policy breaks ties to the nearer site.</remarks>
public abstract class RoutingPolicy
{
    private static readonly int[] NoSites = [];

    /// <summary>Creates the policy with its fullness rule.</summary>
    protected RoutingPolicy(double maxWaitingPerSlot) => MaxWaitingPerSlot = maxWaitingPerSlot;

    /// <summary>A site is full when its waiting requests reach this many per batch slot up.</summary>
    public double MaxWaitingPerSlot { get; }

    /// <summary>The position of the chosen candidate, or −1 when none can take the request (overflow).</summary>
    /// <param name="workload">The request's class.</param>
    /// <param name="candidates">The region's sites, nearest first.</param>
    public abstract int Choose(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates);

    /// <summary>The lanes a flow of <paramref name="workload"/> requests takes through <paramref name="candidates"/>.</summary>
    public abstract IReadOnlyList<FlowLane> Lanes(WorkloadClassSpec workload, ReadOnlySpan<SiteView> candidates);

    /// <summary>True when the site serves and its queue has room: fewer than <see cref="MaxWaitingPerSlot"/> requests
    /// wait per batch slot up.</summary>
    public bool CanTake(in SiteView site) => site.Slots > 0 && site.Waiting < MaxWaitingPerSlot * site.Slots;

    /// <summary>The candidate with room whose <paramref name="score"/> is lowest (and finite); ties go to the nearer.</summary>
    protected int Lowest(ReadOnlySpan<SiteView> candidates, Func<SiteView, double> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        int best = -1;
        double bestScore = double.PositiveInfinity;
        for (int i = 0; i < candidates.Length; i++)
        {
            if (CanTake(candidates[i]) && score(candidates[i]) is var value && value < bestScore)
            {
                best = i;
                bestScore = value;
            }
        }

        return best;
    }

    /// <summary>One lane through every candidate, ordered by <paramref name="score"/> (lowest first; ties to the nearer).</summary>
    protected static IReadOnlyList<FlowLane> OneLaneBy(ReadOnlySpan<SiteView> candidates, Func<SiteView, double> score, bool spills = false)
    {
        ArgumentNullException.ThrowIfNull(score);
        var keys = new double[candidates.Length];
        var order = new int[candidates.Length];
        for (int i = 0; i < order.Length; i++)
        {
            keys[i] = score(candidates[i]);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        return [new FlowLane(1, order, spills)];
    }

    /// <summary>One lane that tries nothing: the whole flow overflows.</summary>
    protected static IReadOnlyList<FlowLane> Nowhere { get; } = [new FlowLane(1, NoSites, false)];

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
