using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Metrics;
using NeoCloudSim.Numerics;
using NeoCloudSim.Pricing;

namespace NeoCloudSim.Fluid;

/// <summary>
/// Counts what a fluid step served, turned away and earned: whole requests and tokens per site, cluster and class
/// (fractions carried to the next step, so nothing is lost), routing tallies per region and class, burst to partner
/// clouds, and latency points drawn from each pool's stationary state, each standing for its share of the requests.
/// Money follows the rules both drivers share: <see cref="ClassPricingSpec.ListTokenRevenueUsd"/>,
/// <see cref="PricingSpec.SlaCreditUsd"/> and <see cref="WorkloadClassSpec.MetSlo"/>.
/// </summary>
internal sealed class StepRecorder
{
    /// <summary>Latency points drawn per class, site cluster and step.</summary>
    public const int LatencySamples = 4;

    /// <summary>Slack below a whole count that still counts as whole (a sum of fractions a rounding short of it).</summary>
    private const double WholeSlack = 1e-9;

    /// <summary>Smallest share of a decode step left to decoding, so the time per token stays finite.</summary>
    private const double MinDecodeShare = 1e-9;

    private readonly FluidInputs _inputs;
    private readonly RandomStream _random;
    private readonly Dictionary<(int Site, int Cluster, int Class), double[]> _carry = [];
    private readonly Dictionary<(int Region, int Class), double[]> _routingCarry = [];
    private readonly StepServices _services = new();
    private readonly FluidService _service = new();

    public StepRecorder(FluidInputs inputs, RandomStream random)
    {
        _inputs = inputs;
        _random = random;
    }

    /// <summary>Requests the fluid model served (for the summary's share of individually simulated requests).</summary>
    public long Served { get; private set; }

    /// <summary>Counts what <paramref name="plan"/> served, turned away and earned over <paramref name="seconds"/>.</summary>
    public void Record(StepPlan plan, double seconds)
    {
        var money = _inputs.Money;
        double priceMultiplier = _inputs.Schedule.MultiplierAt(plan.Start);
        for (int f = 0; f < _inputs.Flows.Count; f++)
        {
            var flow = _inputs.Flows[f];
            var sizes = flow.Sizes;
            double arrived = plan.Arrived[f] * seconds;
            double routed = 0;
            foreach (var (s, rtt, rate) in plan.Accepted[f])
            {
                double requests = rate * seconds;
                routed += requests;
                var pools = plan.Pools[s]!;
                for (int c = 0; c < pools.Length; c++)
                {
                    if (pools[c] is not null && plan.PoolShares[s][c] > 0)
                    {
                        _services.Add(s, c, flow.Class, flow, rtt, requests * plan.PoolShares[s][c]);
                    }
                }
            }

            double overflow = plan.Overflow[f] * seconds;
            double burst = 0, burstCost = 0;
            if (_inputs.Partners is { } partners && overflow > 0)
            {
                (burst, burstCost) = partners.Take(flow.Region, overflow, seconds, sizes, plan.Start);
            }

            Span<double> routing = [arrived, routed, burst, overflow - burst];
            Whole(_routingCarry, (flow.Region, flow.Class), routing);
            AddRouting(_inputs.BucketRouting[flow.Region, flow.Class], routing, burstCost);
            AddRouting(_inputs.RunRouting[flow.Region, flow.Class], routing, burstCost);

            money.BurstUsd += burstCost;
            money.PerTokenUsd += burst * TokenPrice(flow.Class, sizes) * priceMultiplier;
        }

        foreach (var ((s, c, k), share) in _services.TakeInOrder())
        {
            if (s == plan.RequestLevelSite)
            {
                continue; // served one by one in a site window: recorded as requests complete
            }

            Span<double> counts = [share.Requests, share.TokensIn, share.TokensOut];
            Whole(_carry, (s, c, k), counts);
            var site = _inputs.Sites[s];
            var service = Service(plan.Pools[s]![c]!, site.Clusters[c].Sku.Serving, _inputs.Classes[k], share.Parts, (long)counts[0]);
            service.TokensIn = (long)counts[1];
            service.TokensOut = (long)counts[2];
            site.FlowLoad.RecordService(k, c, service);
            Served += service.Served;

            double price = 0;
            foreach (var (flow, _, part) in share.Parts)
            {
                price += part * TokenPrice(k, flow.Sizes) * priceMultiplier;
            }

            double missed = service.Served > 0 ? 1 - ((double)service.SloMet / service.Served) : 0;
            money.PerTokenUsd += price;
            money.SlaCreditsUsd += _inputs.Pricing.SlaCreditUsd(price, missed);
        }
    }

    /// <summary>Latency points for <paramref name="served"/> requests of one class at one pool.</summary>
    private FluidService Service(ReplicaPool pool, ServingProfile profile, WorkloadClassSpec workload, List<(FluidFlow Flow, double Rtt, double Requests)> parts, long served)
    {
        var service = _service;
        service.Clear(served);
        if (served == 0)
        {
            return service;
        }

        double total = parts.Sum(p => p.Requests);
        int points = (int)Math.Min(LatencySamples, served);
        double batch = Math.Max(1, pool.MeanBatch);
        double decodePerToken = profile.DecodeStepSeconds((int)Math.Round(batch)) / Math.Max(MinDecodeShare, 1 - pool.PrefillShare(batch));
        for (int i = 0; i < points; i++)
        {
            long count = (served / points) + (i < served % points ? 1 : 0);
            // The stream this point stands for, in proportion to the requests each brought.
            double u = _random.NextUniform() * total;
            var part = parts[^1];
            foreach (var p in parts)
            {
                u -= p.Requests;
                if (u < 0)
                {
                    part = p;
                    break;
                }
            }

            var sizes = part.Flow.Sizes;
            int prompt = sizes.PromptPoints[_random.NextIndex(sizes.PromptPoints.Length)];
            int output = sizes.OutputPoints[_random.NextIndex(sizes.OutputPoints.Length)];
            double queueing = pool.SampleQueueingDelay(_random);
            double ttft = part.Rtt + queueing + profile.PrefillSeconds(prompt);
            double endToEnd = ttft + (Math.Max(0, output - 1) * decodePerToken);
            service.SloMet += workload.MetSlo(ttft, endToEnd) ? count : 0;
            service.Points.Add((ttft, queueing, endToEnd, count));
        }

        return service;
    }

    private double TokenPrice(int workloadClass, TokenSizeMoments sizes) =>
        _inputs.ClassPrices[workloadClass].ListTokenRevenueUsd(sizes.MeanPromptTokens, sizes.MeanOutputTokens);

    /// <summary>Adds <paramref name="amounts"/> to the carried fractions of <paramref name="key"/> and replaces them by
    /// the whole parts taken out.</summary>
    private static void Whole<TKey>(Dictionary<TKey, double[]> carry, TKey key, Span<double> amounts)
        where TKey : notnull
    {
        if (!carry.TryGetValue(key, out var held))
        {
            carry[key] = held = new double[amounts.Length];
        }

        for (int i = 0; i < amounts.Length; i++)
        {
            held[i] += amounts[i];
            amounts[i] = Math.Floor(held[i] + WholeSlack);
            held[i] -= amounts[i];
        }
    }

    private static void AddRouting(RoutingTally tally, ReadOnlySpan<double> whole, double burstCostUsd)
    {
        tally.Arrived += (long)whole[0];
        tally.Routed += (long)whole[1];
        tally.Burst += (long)whole[2];
        tally.Rejected += (long)whole[3];
        tally.BurstCostUsd += burstCostUsd;
    }
}
