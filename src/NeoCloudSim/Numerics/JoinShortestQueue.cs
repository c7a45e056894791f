namespace NeoCloudSim.Numerics;

/// <summary>
/// How requests spread over R replicas when each arrival joins an idle replica if there is one, else the first busy
/// replica with room to start an iteration (any of them alike, since their step boundaries come in no particular
/// order): the share of replicas holding k requests, from a mean-field model in which a tagged replica sees the other
/// R − 1 as independent draws from the same shares; solved by fixed-point iteration. Perfect balance (every replica
/// busy as soon as n ≥ R) overstates utilization: replicas do go idle while others still hold several requests.
/// </summary>
public static class JoinShortestQueue
{
    /// <summary>Shares q_0..q_B of replicas holding k requests, for <paramref name="arrivalRate"/> per second
    /// spread over <paramref name="replicas"/> replicas with <paramref name="rates"/>.</summary>
    public static double[] Occupancy(double arrivalRate, int replicas, ReplicaRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        int b = rates.BatchLimit;
        var q = new double[b + 1];
        if (replicas <= 0 || arrivalRate <= 0)
        {
            q[0] = 1;
            return q;
        }

        if (arrivalRate >= replicas * rates.Completions(b) * (1 - 1e-9))
        {
            q[b] = 1; // saturated: every replica full
            return q;
        }

        // Start from the last solution for these replicas (demand changes little from one step to the next), or from
        // an even random split; then let the choice rule reshape it.
        var birth = new double[b];
        if (rates.LastOccupancy(replicas) is { } last)
        {
            Array.Copy(last, q, q.Length);
        }
        else
        {
            Array.Fill(birth, arrivalRate / replicas);
            Chain(birth, rates, q);
        }

        var next = new double[b + 1];
        var tail = new double[b + 2];
        for (int iteration = 0; iteration < 200; iteration++)
        {
            tail[b + 1] = 0;
            for (int k = b; k >= 0; k--)
            {
                tail[k] = tail[k + 1] + q[k];
            }

            // Idle replicas first, shared among the idle ones; with none idle, the first busy replica with room to
            // reach an iteration boundary takes the request: any of them alike (see docs/fluid.md).
            double busy = Math.Min(1, tail[1]);
            double withRoom = Math.Max(0, busy - q[b]);
            double othersBusy = Math.Pow(busy, replicas - 1);
            birth[0] = arrivalRate * (q[0] > 1e-300 ? (1 - (othersBusy * busy)) / (replicas * q[0]) : 1);
            for (int k = 1; k < b; k++)
            {
                // No other replica idle, and this one among the busy ones with room: itself and about (R − 1)·withRoom/busy others.
                double others = busy > 0 ? (replicas - 1) * withRoom / busy : 0;
                birth[k] = arrivalRate * othersBusy / (1 + others);
            }

            Chain(birth, rates, next);
            double change = 0;
            for (int k = 0; k <= b; k++)
            {
                double damped = (0.5 * q[k]) + (0.5 * next[k]);
                change = Math.Max(change, Math.Abs(damped - q[k]));
                q[k] = damped;
            }

            if (change < 1e-10)
            {
                break;
            }
        }

        rates.KeepOccupancy(replicas, q);
        return q;
    }

    /// <summary>Stationary shares of a replica's birth–death chain: births <paramref name="birth"/>[k] from k, deaths X(k).</summary>
    private static void Chain(double[] birth, ReplicaRates rates, double[] q)
    {
        q[0] = 1;
        for (int k = 0; k < birth.Length; k++)
        {
            q[k + 1] = q[k] * birth[k] / rates.Completions(k + 1);
            if (q[k + 1] > 1e200)
            {
                // Saturated: scale down what came before so nothing overflows (ratios are what matter).
                for (int j = 0; j <= k + 1; j++)
                {
                    q[j] /= 1e200;
                }
            }
        }

        double sum = 0;
        foreach (double v in q)
        {
            sum += v;
        }

        for (int k = 0; k < q.Length; k++)
        {
            q[k] /= sum;
        }
    }
}
