using NeoCloudSim.Fluid;
using NeoCloudSim.World;

namespace NeoCloudSim.Tests.Fluid;

/// <summary>
/// A large pool's failures and repairs: changes under <see cref="FluidTraffic.MaterialChange"/> of its replicas wait for
/// the next step, but the failed replicas' GPUs leave the busy count at once, so a saturated site is never busier
/// than what it has up.
/// </summary>
public sealed class ServingChangeTests
{
    [Fact]
    public void A_saturated_large_pool_is_never_busier_than_its_GPUs_up()
    {
        // 150 replicas (1% is 1.5 replicas: single failures wait for the step's end) at twice their capacity, with a
        // failure every two hours or so (MTBF 2,000 h per GPU, 8 GPUs a replica) and 6-hour repairs; seed 7.
        var scenario = AgreementScenarios.Steady(120, replicas: 150, days: 4, mtbfHours: 2_000) with { BucketHours = 1 };
        var results = AgreementScenarios.Run(scenario, Fidelity.Fluid);

        int failures = results.BuildOut.Count(e => e.Kind == Metrics.BuildOutEventKind.ReplicaFailed);
        Assert.InRange(failures, 20, 100);
        var buckets = results.Sites.Where(r => r.Site == "s").ToList();
        Assert.All(buckets, row => Assert.InRange(row.Utilization, 0, 1 + 1e-9));
        // Saturated: busy whenever up, failures included (within what a step's carried fractions leave idle).
        Assert.True(buckets.Average(r => r.Utilization) > 0.98, $"mean utilization {buckets.Average(r => r.Utilization):P2}");
    }
}
