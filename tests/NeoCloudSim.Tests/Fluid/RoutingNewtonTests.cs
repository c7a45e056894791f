using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Geography;
using NeoCloudSim.Numerics;
using NeoCloudSim.Tests.World;
using NeoCloudSim.World;

namespace NeoCloudSim.Tests.Fluid;

/// <summary>
/// The routing's Newton steps: the linear solver, the pools' sensitivities they rest on, and a saturated fleet whose
/// steps they settle where plain substitution stopped at its pass cap.
/// </summary>
public sealed class RoutingNewtonTests
{
    [Fact]
    public void Gmres_solves_a_non_symmetric_system_to_its_tolerance()
    {
        // A random, diagonally dominant, non-symmetric 40 × 40 system (seed 3); the answer checked by its residual.
        const int n = 40;
        var random = RandomStream.Derive(3, "gmres");
        var a = new double[n, n];
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            b[i] = random.NextUniform() - 0.5;
            for (int j = 0; j < n; j++)
            {
                a[i, j] = (random.NextUniform() - 0.5) / n;
            }

            a[i, i] += 1 + random.NextUniform();
        }

        var x = new double[n];
        int iterations = new Gmres(n, n).Solve((v, into) => Multiply(a, v, into), b, x, 1e-12);

        var ax = new double[n];
        Multiply(a, x, ax);
        double residual = Math.Sqrt(Enumerable.Range(0, n).Sum(i => (ax[i] - b[i]) * (ax[i] - b[i])));
        double size = Math.Sqrt(b.Sum(v => v * v));
        Assert.True(residual <= 1e-10 * size, $"residual {residual:E2} of {size:E2}");
        Assert.InRange(iterations, 2, n);
    }

    [Theory]
    [InlineData(4, 1, 6, 1.5, 2.0)] // M/M/c/K-like: one slot a replica, spilling and joining arrivals
    [InlineData(4, 1, 6, 6.0, 0.5)] // overloaded by spilling arrivals
    [InlineData(8, 64, 512, 30.0, 40.0)] // batched replicas a little over their capacity (about 65 a second for 8 of them)
    public void A_pool_s_sensitivities_are_the_derivatives_of_its_blocking(int replicas, int batch, int waitingRoom, double spilling, double joining)
    {
        var rates = batch == 1 ? ReplicaPoolTests.OneAtATime() : ReplicaPoolTests.Batched();
        var pool = Solved(rates, replicas, waitingRoom, spilling, joining);
        var d = pool.Sensitivity;

        // Central differences of the exact solution (the pools are small enough to be walked state by state).
        double h = 1e-5;
        var spillUp = Solved(rates, replicas, waitingRoom, spilling + h, joining);
        var spillDown = Solved(rates, replicas, waitingRoom, spilling - h, joining);
        var joinUp = Solved(rates, replicas, waitingRoom, spilling, joining + h);
        var joinDown = Solved(rates, replicas, waitingRoom, spilling, joining - h);
        AssertClose((spillUp.SpillBlocking - spillDown.SpillBlocking) / (2 * h), d.SpillBySpilling);
        AssertClose((joinUp.SpillBlocking - joinDown.SpillBlocking) / (2 * h), d.SpillByJoining);
        AssertClose((spillUp.Blocking - spillDown.Blocking) / (2 * h), d.FullBySpilling);
        AssertClose((joinUp.Blocking - joinDown.Blocking) / (2 * h), d.FullByJoining);
        Assert.True(d.SpillBySpilling > 0 && d.FullByJoining > 0, "more arrivals, more turned away");
    }

    [Fact]
    public void A_saturated_fleet_s_steps_settle_where_substitution_stopped_at_its_pass_cap()
    {
        // Four regions on a line, two sites of 6 replicas each, chat peaking at different hours (UTC offsets 0, 6, 12
        // and 18 h) at up to 1.6 times its mean, about 1.05 times the fleet's capacity in all, and batch work that
        // joins queues: overflow passes down chains of full sites. Of the 72 hourly steps, plain substitution stopped
        // 37 at the 50-pass cap; with Newton's steps 4 do (measured; deterministic, seed 7).
        var world = new NeocloudWorld(SaturatedFleet() with { Fidelity = Fidelity.Fluid }, [TestWorlds.Gpu()]);
        var results = world.Run();

        Assert.InRange(world.Fluid!.CappedSteps, 0, 7);
        Assert.True(results.Summary.Rejected > 0, "the peaks overflow the fleet");
        Assert.True(results.Sites.Average(r => r.Utilization) > 0.99, "the fleet is saturated");
    }

    private static Scenario SaturatedFleet()
    {
        string[] regions = ["r0", "r1", "r2", "r3"];
        var sites = Enumerable.Range(0, 8).Select(s => TestWorlds.Site($"s{s}", regions[s / 2], 0.049, 0.07, 0)).ToList();
        var latency = regions.ToDictionary(r => r, r => sites.ToDictionary(s => s.Id, s => s.Region == r ? 5.0 : 20 + (10.0 * Math.Abs(r[1] - s.Region[1]))));
        var daily = Enumerable.Range(0, 24).Select(h => 1 + (0.6 * Math.Sin((h - 8) / 24.0 * 2 * Math.PI))).ToList();
        return TestWorlds.Scenario(3, sites, [.. sites.Select(s => TestWorlds.Order(s.Id, 48, onDay: -60))], latency, [.. regions.Select((r, i) => new RegionSpec { Id = r, UtcOffsetHours = 6 * i })]) with
        {
            Classes = [new WorkloadClassSpec { Id = "chat", TtftSloMs = 1_000 }, new WorkloadClassSpec { Id = "batch", Kind = WorkloadKind.Batch, DeadlineHours = 24 }],
            Demand =
            [
                .. regions.Select(r => new DemandStreamSpec { Region = r, Class = "chat", Curve = new DemandCurveSpec { BaseRatePerSecond = 55.0, DailyShape = daily } }),
                .. regions.Select(r => new DemandStreamSpec { Region = r, Class = "batch", Curve = new DemandCurveSpec { BaseRatePerSecond = 5.0 } }),
            ],
        };
    }

    private static ReplicaPool Solved(ReplicaRates rates, int replicas, int waitingRoom, double spilling, double joining)
    {
        var pool = new ReplicaPool(rates, replicas, waitingRoom);
        pool.Solve(spilling, joining);
        return pool;
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-6 + (1e-3 * Math.Abs(expected)), $"expected {expected:E4}, got {actual:E4}");

    private static void Multiply(double[,] a, double[] v, double[] into)
    {
        for (int i = 0; i < v.Length; i++)
        {
            double sum = 0;
            for (int j = 0; j < v.Length; j++)
            {
                sum += a[i, j] * v[j];
            }

            into[i] = sum;
        }
    }
}
