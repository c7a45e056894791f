using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Fluid;
using NeoCloudSim.Numerics;

namespace NeoCloudSim.Tests.Fluid;

public sealed class ReplicaPoolTests
{
    /// <summary>A replica that holds one request at a time, served in 1 s: one decode step of 1 s, no prefill.</summary>
    internal static ReplicaRates OneAtATime() => new(
        new ServingProfile { PrefillTokensPerSecond = 1e12, DecodeStepMs = 1_000, DecodeStepMsPerRequest = 0, BatchLimit = 1 },
        meanOutputTokens: 2, meanPrefillWorkSeconds: 0);

    /// <summary>H100-like replicas batching up to 64 requests of 160 output tokens.</summary>
    internal static ReplicaRates Batched() => new(
        new ServingProfile { PrefillTokensPerSecond = 15_000, DecodeStepMs = 30, DecodeStepMsPerRequest = 0.3, BatchLimit = 64 },
        meanOutputTokens: 160, meanPrefillWorkSeconds: 0.08);

    [Theory]
    [InlineData(1, 0.5, 4)]
    [InlineData(1, 0.9, 10)]
    [InlineData(3, 2.4, 6)]
    public void With_one_slot_per_replica_it_is_the_M_M_c_K_queue(int servers, double arrivalRate, int waitingRoom)
    {
        // Exact M/M/c/K: p(n) ∝ a^n / n! for n ≤ c, a^n / (c! c^(n−c)) beyond, up to c + K.
        int capacity = servers + waitingRoom;
        var p = new double[capacity + 1];
        p[0] = 1;
        for (int n = 1; n <= capacity; n++)
        {
            p[n] = p[n - 1] * arrivalRate / Math.Min(n, servers);
        }

        double total = p.Sum();
        double blocking = p[capacity] / total;
        double busy = Enumerable.Range(0, capacity + 1).Sum(n => p[n] / total * Math.Min(n, servers));
        double waiting = Enumerable.Range(0, capacity + 1).Sum(n => p[n] / total * Math.Max(0, n - servers));

        var pool = new ReplicaPool(OneAtATime(), servers, waitingRoom);
        pool.Solve(arrivalRate);

        Assert.Equal(blocking, pool.Blocking, 1e-9);
        Assert.Equal(waiting, pool.Waiting, 1e-9);
        Assert.Equal(busy, pool.InSystem - pool.Waiting, 1e-9);
        // Little: accepted arrivals × mean wait = mean waiting (the admission wait is nil for a 1-request batch... up to
        // the step boundary, which a one-slot replica never waits for: it is full).
        Assert.Equal(waiting, arrivalRate * (1 - blocking) * pool.MeanQueueingDelay, 1e-6);
    }

    [Theory]
    [InlineData(8, 3.0)]
    [InlineData(8, 1.05)]
    [InlineData(500, 2.0)]
    public void An_overloaded_pool_serves_at_its_capacity_and_turns_the_rest_away(int replicas, double overload)
    {
        var rates = Batched();
        var pool = new ReplicaPool(rates, replicas, 2 * replicas * 64);
        double arrivals = overload * pool.MaxThroughput;
        pool.Solve(arrivals);

        // Served = arrivals × (1 − blocking) = the full pool's throughput, within 1% (a little under when the
        // overload is slight: the pool is not always full).
        Assert.InRange(arrivals * (1 - pool.Blocking), pool.MaxThroughput * 0.97, pool.MaxThroughput * 1.01);
        Assert.InRange(pool.Waiting, replicas * 64 * 0.5, replicas * 64 * 2.0);
    }

    [Theory]
    [InlineData(64, 0.5)]
    [InlineData(500, 0.5)]
    [InlineData(500, 0.9)]
    public void A_large_pool_below_capacity_turns_nothing_away_and_holds_what_Little_says(int replicas, double load)
    {
        var rates = Batched();
        var pool = new ReplicaPool(rates, replicas, 2 * replicas * 64);
        double arrivals = load * pool.MaxThroughput;
        pool.Solve(arrivals);

        Assert.True(pool.Blocking < 1e-9, $"blocking {pool.Blocking}");
        // Flow balance at the mean: arrivals = completions at about the mean state, R·X(n̄/R) (within 2%: X is concave).
        double completions = replicas * rates.Completions(pool.InSystem / replicas);
        Assert.Equal(arrivals, completions, arrivals * 0.02);
    }

    [Fact]
    public void A_single_replica_s_occupancy_is_its_own_birth_death_chain()
    {
        var rates = new ReplicaRates(new ServingProfile { PrefillTokensPerSecond = 10_000, DecodeStepMs = 30, DecodeStepMsPerRequest = 0.3, BatchLimit = 16 }, 150, 0.1);
        double arrival = 2;
        var q = JoinShortestQueue.Occupancy(arrival, 1, rates);
        // One replica takes every arrival while it has room: births λ, deaths X(k).
        var p = new double[17];
        p[0] = 1;
        for (int k = 1; k <= 16; k++)
        {
            p[k] = p[k - 1] * arrival / rates.Completions(k);
        }

        double total = p.Sum();
        for (int k = 0; k <= 16; k++)
        {
            Assert.Equal(p[k] / total, q[k], 1e-9);
        }
    }

    [Fact]
    public void Replicas_go_idle_less_often_than_an_even_random_split_but_more_than_perfect_balance()
    {
        var rates = Batched();
        var shortest = 1 - JoinShortestQueue.Occupancy(1.2, 8, rates)[0];
        var random = 1 - JoinShortestQueue.Occupancy(1.2 / 8, 1, rates)[0];
        var pool = new ReplicaPool(rates, 8, 1024);
        pool.Solve(1.2);

        Assert.InRange(shortest, random + 0.01, 1);
        Assert.InRange(pool.InSystem, shortest * 8, double.PositiveInfinity); // busy replicas hold at least one request each
    }

    [Fact]
    public void Queueing_delay_draws_average_to_the_mean()
    {
        var rates = new ReplicaRates(new ServingProfile { PrefillTokensPerSecond = 15_000, DecodeStepMs = 30, DecodeStepMsPerRequest = 0.3, BatchLimit = 8 }, 100, 0.05);
        var pool = new ReplicaPool(rates, 4, 64);
        pool.Solve(3.0);
        var random = RandomStream.Derive(7, "test");
        double sum = 0;
        const int Draws = 200_000;
        for (int i = 0; i < Draws; i++)
        {
            sum += pool.SampleQueueingDelay(random);
        }

        // 200,000 draws: the sample mean is within 3% of the analytic mean (seed 7; any seed in practice).
        Assert.True(pool.MeanQueueingDelay > 0.005, "the case should queue");
        Assert.Equal(pool.MeanQueueingDelay, sum / Draws, pool.MeanQueueingDelay * 0.03);
    }

    [Fact]
    public void Token_size_means_match_the_request_level_draws()
    {
        var prompt = new TokenSizeSpec { Median = 1_020, P99 = 4_142 };
        var output = new TokenSizeSpec { Median = 129, P99 = 601 };
        var moments = new TokenSizeMoments(prompt, output);
        var sizes = new RequestSizes(prompt, output, RandomStream.Derive(11, "sizes"));
        double p = 0, o = 0, p2 = 0;
        const int Draws = 400_000;
        for (int i = 0; i < Draws; i++)
        {
            var (a, b) = sizes.Next();
            p += a;
            o += b;
            p2 += (double)a * a;
        }

        // 400,000 draws of log-normals with σ ≈ 0.6: sampling error well under 1% of the mean.
        Assert.Equal(p / Draws, moments.MeanPromptTokens, moments.MeanPromptTokens * 0.01);
        Assert.Equal(o / Draws, moments.MeanOutputTokens, moments.MeanOutputTokens * 0.01);
        Assert.Equal(p2 / Draws, moments.MeanPromptSquared, moments.MeanPromptSquared * 0.03);
    }
}
