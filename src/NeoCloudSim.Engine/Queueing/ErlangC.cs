using System.Globalization;

namespace NeoCloudSim.Engine.Queueing;

/// <summary>
/// Closed-form results for the M/M/c queue (Poisson arrivals, exponential service, c servers): the reference that
/// simulated queues are checked against, and the building block of queueing-delay approximations.
/// </summary>
public static class ErlangC
{
    /// <summary>Probability that an arriving customer has to wait (the Erlang C formula).</summary>
    /// <param name="servers">Number of servers c; at least 1.</param>
    /// <param name="offeredLoad">Offered load a = λ/μ in Erlangs; zero or more and below <paramref name="servers"/>.</param>
    public static double ProbabilityOfWaiting(int servers, double offeredLoad)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        if (!(offeredLoad >= 0 && offeredLoad < servers))
        {
            throw new ArgumentOutOfRangeException(
                nameof(offeredLoad),
                offeredLoad,
                string.Create(CultureInfo.InvariantCulture, $"The offered load must lie in [0, {servers}) for a stable queue with {servers} servers."));
        }

        // Erlang B by its numerically stable recursion, then C = B / (1 - ρ(1 - B)).
        double erlangB = 1;
        for (int k = 1; k <= servers; k++)
        {
            erlangB = offeredLoad * erlangB / (k + offeredLoad * erlangB);
        }

        double utilization = offeredLoad / servers;
        return erlangB / (1 - utilization * (1 - erlangB));
    }

    /// <summary>Mean wait in queue Wq = C(c, a) / (cμ − λ), in the time unit of the rates.</summary>
    /// <param name="servers">Number of servers c.</param>
    /// <param name="arrivalRate">λ, arrivals per unit of time.</param>
    /// <param name="serviceRate">μ, services per unit of time per server; positive.</param>
    public static double MeanWaitInQueue(int servers, double arrivalRate, double serviceRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serviceRate);
        return ProbabilityOfWaiting(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
    }
}
