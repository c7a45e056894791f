namespace NeoCloudSim.Routing;

/// <summary>
/// A candidate site as a routing policy sees it at one moment: read-only figures, filled by whichever traffic driver
/// asks (one by one for requests; from the step's solved queues for flows), so a policy is one piece of code for both.
/// </summary>
/// <param name="RoundTripSeconds">Network round trip from the request's region, in seconds.</param>
/// <param name="Slots">Batch slots of the site's replicas that are up and serve on-demand traffic.</param>
/// <param name="InSystem">Requests the site holds, waiting or in service (a mean, for flows).</param>
/// <param name="Waiting">Requests waiting in its queue (a mean, for flows).</param>
/// <param name="RecentServiceSeconds">Recent mean time a request spends in a replica, in seconds.</param>
/// <param name="EnergyPriceUsdPerMwh">Price of its cheapest energized feed, USD per MWh (+∞ with none).</param>
/// <param name="CapacityRequestsPerSecond">Requests per second the site's serving replicas complete at full batch
/// (its speed, from the SKUs it runs and the requests it serves).</param>
public readonly record struct SiteView(
    double RoundTripSeconds,
    int Slots,
    double InSystem,
    double Waiting,
    double RecentServiceSeconds,
    double EnergyPriceUsdPerMwh,
    double CapacityRequestsPerSecond)
{
    /// <summary>Requests held per batch slot up: below 1 a new request starts at once.</summary>
    public double LoadPerSlot => InSystem / Slots;

    /// <summary>
    /// The wait a request arriving now can expect before it starts, in seconds: nothing while a batch slot is free,
    /// else the requests ahead of it per slot times the recent mean service time.
    /// </summary>
    public double EstimatedWaitSeconds
    {
        get
        {
            double ahead = InSystem - Slots + 1;
            return ahead <= 0 ? 0 : ahead / Slots * RecentServiceSeconds;
        }
    }
}
