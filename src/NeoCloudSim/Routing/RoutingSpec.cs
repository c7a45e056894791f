namespace NeoCloudSim.Routing;

/// <summary>How requests are placed on sites and what happens when the fleet is full.</summary>
public sealed record RoutingSpec
{
    /// <summary>The placement policy.</summary>
    public RoutingPolicyKind Policy { get; init; } = RoutingPolicyKind.LatencyAware;

    /// <summary>A site is full when its waiting requests reach this many per batch slot of its replicas that are up.</summary>
    public double MaxWaitingPerSlot { get; init; } = 2;

    /// <summary>Reject or burst when no site can take a request.</summary>
    public OverflowKind Overflow { get; init; } = OverflowKind.Reject;
}
