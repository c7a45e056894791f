using NeoCloudSim.Compute;
using NeoCloudSim.Numerics;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Fluid;

/// <summary>
/// The fluid model's queues of each site, and the solutions kept for reuse: one <see cref="ReplicaPool"/> per cluster
/// with serving replicas, built for the step's mix of request sizes, and solved pools kept by configuration and exact
/// arrival rates, so a steady demand (or a replan within a step) is solved once.
/// </summary>
internal sealed class PoolCache
{
    /// <summary>States the cache of solutions may hold in all (8 bytes each: some 40 MB).</summary>
    private const long MaxSolvedStates = 5_000_000;

    /// <summary>Weight given to a flow with no traffic in the size mix, so that a site's mix is defined.</summary>
    private const double NegligibleRate = 1e-12;

    private readonly IReadOnlyList<FluidFlow> _flows;
    private readonly int[][] _flowsAt; // per site, the flows whose region can reach it
    private readonly double _maxWaitingPerSlot;
    private readonly Dictionary<SolvedPoolKey, ReplicaPool> _solved = [];
    private readonly Dictionary<(ServingProfile Profile, long Output, long Prefill, int[]? Prompts), (ReplicaRates Rates, int Id)> _rates = [];
    private readonly List<(ReplicaPool Pool, double Spilling, double Joining)> _unsolved = [];
    private long _solvedStates;

    public PoolCache(IReadOnlyList<FluidFlow> flows, int[][] flowsAt, double maxWaitingPerSlot)
    {
        _flows = flows;
        _flowsAt = flowsAt;
        _maxWaitingPerSlot = maxWaitingPerSlot;
    }

    /// <summary>One pool per cluster with serving replicas, and each pool's share of the site's traffic (by capacity).</summary>
    public (ReplicaPool?[] Pools, double[] Shares) Pools(Site site, double[] rates)
    {
        var serving = site.FlowLoad.ServingReplicas();
        var pools = new ReplicaPool?[serving.Length];
        var shares = new double[serving.Length];
        // Request sizes at this site: the mean over the streams that may come here, weighted by their rates.
        var (meanOutput, meanPrompt, meanSquared, prompts) = MixAt(site, rates);
        double capacity = 0;
        for (int c = 0; c < serving.Length; c++)
        {
            if (serving[c] == 0)
            {
                continue;
            }

            var profile = site.Clusters[c].Sku.Serving;
            var sizes = new TokenSizeMoments(meanPrompt, meanOutput, meanSquared, [1], [1]);
            double prefillWork = sizes.MeanPrefillWorkSeconds(profile);
            var rateKey = (profile, CoarseBin(meanOutput), CoarseBin(prefillWork), prompts);
            if (!_rates.TryGetValue(rateKey, out var known))
            {
                _rates[rateKey] = known = (new ReplicaRates(profile, meanOutput, prefillWork, prompts), _rates.Count);
            }

            // The routing's fullness rule: a site takes requests while fewer than this many per slot wait.
            int waitingRoom = (int)Math.Ceiling(_maxWaitingPerSlot * serving[c] * profile.BatchLimit);
            pools[c] = new ReplicaPool(known.Rates, serving[c], waitingRoom) { RatesId = known.Id };
            shares[c] = pools[c]!.MaxThroughput;
            capacity += shares[c];
        }

        for (int c = 0; c < shares.Length; c++)
        {
            shares[c] = capacity > 0 ? shares[c] / capacity : 0;
        }

        return (pools, shares);
    }

    /// <summary>
    /// Replaces each of a site's pools by its twin solved for the site's spilling and joining arrivals, from the kept
    /// solutions if one is there, else by a new pool left for <see cref="SolveUnsolved"/>. A pool whose rates are those
    /// it was last looked up for in this step (<paramref name="looked"/>) is kept as it is.
    /// </summary>
    public void Look(ReplicaPool?[] pools, double[] shares, double spilling, double joining, (long Spilling, long Joining)[] looked)
    {
        for (int c = 0; c < pools.Length; c++)
        {
            if (pools[c] is not { } template)
            {
                continue;
            }

            var bins = (RateKey(spilling * shares[c]), RateKey(joining * shares[c]));
            if (looked[c] == bins)
            {
                continue;
            }

            looked[c] = bins;
            var key = new SolvedPoolKey(template.RatesId, template.Replicas, template.Capacity, bins.Item1, bins.Item2);
            if (!_solved.TryGetValue(key, out var pool))
            {
                pool = new ReplicaPool(template.Rates, template.Replicas, template.Capacity - template.Slots) { RatesId = template.RatesId };
                _unsolved.Add((pool, spilling * shares[c], joining * shares[c]));
                _solved[key] = pool;
            }

            pools[c] = pool;
        }
    }

    /// <summary>
    /// Solves the pools <see cref="Look"/> found no solution for. (On one thread: a pass has a few solves of some
    /// microseconds each, less than it costs to hand them to another core.) The kept solutions are bounded: past
    /// <see cref="MaxSolvedStates"/> they are dropped, and what recurs is solved again.
    /// </summary>
    public void SolveUnsolved()
    {
        foreach (var (pool, spilling, joining) in _unsolved)
        {
            pool.Solve(spilling, joining);
            _solvedStates += pool.StatesHeld;
        }

        _unsolved.Clear();
        if (_solvedStates >= MaxSolvedStates)
        {
            _solved.Clear(); // the pools in use stay with their plans
            _solvedStates = 0;
        }
    }

    private (double Output, double Prompt, double PromptSquared, int[]? Prompts) MixAt(Site site, double[] rates)
    {
        double weight = 0, output = 0, prompt = 0, squared = 0, heaviest = 0;
        int[]? prompts = null;
        foreach (int f in _flowsAt[site.Index])
        {
            var sizes = _flows[f].Sizes;
            double w = Math.Max(rates[f], NegligibleRate);
            weight += w;
            output += w * sizes.MeanOutputTokens;
            prompt += w * sizes.MeanPromptTokens;
            squared += w * sizes.MeanPromptSquared;
            if (w > heaviest)
            {
                heaviest = w;
                prompts = sizes.PromptPoints; // the spread of prompt sizes: the busiest stream's
            }
        }

        return weight > 0 ? (output / weight, prompt / weight, squared / weight, prompts) : (1, 1, 1, null);
    }

    /// <summary>A rate's key among the kept solutions: the rate itself, to the bit (binned rates made the routing map
    /// piecewise constant, which Newton's steps cannot settle); 0 and below share one key.</summary>
    private static long RateKey(double value) => value > 0 ? BitConverter.DoubleToInt64Bits(value) : long.MinValue;

    /// <summary>A request-size figure's bin, to 1%: the mix of classes at a site shifts a little every hour, and its
    /// replica rates (with their occupancy tables) are worth reusing across such shifts.</summary>
    private static long CoarseBin(double value) => value > 0 ? (long)Math.Round(Math.Log(value) * 100) : long.MinValue;

    /// <summary>What a solved pool is kept by: its rates (numbered as they are made), size, capacity and rate keys.</summary>
    private readonly record struct SolvedPoolKey(int RatesId, int Replicas, int Capacity, long Spilling, long Joining);
}
