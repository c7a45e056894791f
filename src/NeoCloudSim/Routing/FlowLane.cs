namespace NeoCloudSim.Routing;

/// <summary>
/// How a routing policy sends a flow of requests (the fluid fidelity's view of a stream): <see cref="Share"/> of the
/// flow is offered to the candidates in <see cref="Order"/>, each passing on what it turns away to the next.
/// </summary>
/// <param name="Share">Share of the flow's rate this lane carries (a policy's lanes add up to 1).</param>
/// <param name="Order">Positions in the candidate list, in the order they are tried.</param>
/// <param name="Spills">True when a request rather goes on to the next site than waits in a queue (and joins a
/// queue, from the first site on, only when every site would make it wait): the flow form of "the nearest site
/// whose estimate meets the SLO".</param>
public sealed record FlowLane(double Share, int[] Order, bool Spills);
