namespace NeoCloudSim.Routing;

/// <summary>How a request's site is chosen.</summary>
public enum RoutingPolicyKind
{
    /// <summary>The site with the shortest round trip that has serving capacity; overflow when it is full.</summary>
    Nearest,

    /// <summary>The least loaded site (requests per batch slot), whatever the distance.</summary>
    LeastLoaded,

    /// <summary>The nearest site whose estimated TTFT meets the class's SLO, spilling to the next when full or slow.</summary>
    LatencyAware,

    /// <summary>The site with the cheapest energy, ties broken by distance.</summary>
    Cheapest,
}
