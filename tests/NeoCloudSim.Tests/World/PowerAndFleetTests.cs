using NeoCloudSim.Metrics;
using NeoCloudSim.Time;
using NeoCloudSim.World;
using static NeoCloudSim.Tests.World.TestWorlds;

namespace NeoCloudSim.Tests.World;

public sealed class PowerAndFleetTests
{
    private static RunResults RunIdle(double powerMonths, int gpus = 1_024, double horizonDays = 900)
    {
        // Shell ready at once, 2 MW grid feed energized after `powerMonths`, GPUs delivered on day 30.
        var scenario = Scenario(horizonDays, [Site("campus", "r1", shellMw: 2, feedMw: 2, powerMonths)], [Order("campus", gpus)]);
        return new NeocloudWorld(scenario, [Gpu()]).Run();
    }

    [Fact]
    public void Late_power_raises_stranded_gpu_days_by_gpus_times_the_delay()
    {
        var onTime = RunIdle(powerMonths: 6);
        var late = RunIdle(powerMonths: 24); // 18 months late

        // 1,024 GPUs at 1 kW need 1.024 MW of IT power; 2 MW / PUE 1.25 = 1.6 MW usable, so every GPU installs at
        // once when power comes. Stranded from delivery (day 30) to power: 1,024 × (months × 30.4375 − 30) days.
        double expectedOnTime = 1_024 * (6 * Durations.SecondsPerMonth / Durations.SecondsPerDay - 30);
        Assert.Equal(expectedOnTime, onTime.Summary.StrandedGpuDays, 1e-6 * expectedOnTime);
        double extra = 1_024 * 18 * Durations.SecondsPerMonth / Durations.SecondsPerDay;
        Assert.Equal(extra, late.Summary.StrandedGpuDays - onTime.Summary.StrandedGpuDays, 1e-6 * extra);
    }

    [Fact]
    public void Usable_power_caps_installation_and_the_rest_stays_stranded()
    {
        // 3,000 GPUs need 3 MW; usable IT power is min(shell 2 MW, 2 MW / 1.25) = 1.6 MW: 200 replicas of 8 = 1,600 GPUs.
        var results = RunIdle(powerMonths: 1, gpus: 3_000, horizonDays: 120);
        var installed = results.BuildOut.Where(e => e.Kind == BuildOutEventKind.GpusInstalled).Sum(e => e.Gpus);
        Assert.Equal(1_600, installed);
        var last = results.Sites[^1];
        Assert.Equal(1_400, last.GpusStranded, 1e-9);
        Assert.Equal(1.6, last.UsableItMw, 1e-9);
    }

    [Fact]
    public void Build_out_events_come_in_time_order_with_the_expected_kinds()
    {
        var results = RunIdle(powerMonths: 6, horizonDays: 400);
        var kinds = results.BuildOut.Select(e => e.Kind).ToList();
        Assert.Equal(
            [BuildOutEventKind.ShellBuilt, BuildOutEventKind.FeedRequested, BuildOutEventKind.GpusOrdered, BuildOutEventKind.GpusDelivered, BuildOutEventKind.GpusStranded, BuildOutEventKind.FeedEnergized, BuildOutEventKind.GpusInstalled],
            kinds);
        Assert.True(results.BuildOut.Zip(results.BuildOut.Skip(1)).All(p => p.First.TimeSeconds <= p.Second.TimeSeconds));
    }

    [Fact]
    public void Phased_feeds_energize_step_by_step()
    {
        var site = Site("campus", "r1", shellMw: 10, feedMw: 10, powerMonths: 3) with { };
        site.Feeds[0] = site.Feeds[0] with { PhaseMegawatts = 4, PhaseIntervalMonths = 2 };
        var scenario = Scenario(400, [site], []);
        var results = new NeocloudWorld(scenario, [Gpu()]).Run();
        var phases = results.BuildOut.Where(e => e.Kind == BuildOutEventKind.FeedEnergized).ToList();
        Assert.Equal([4.0, 8.0, 10.0], phases.Select(p => p.Megawatts));
        Assert.Equal(Durations.FromMonths(3), phases[0].TimeSeconds, 1e-6);
        Assert.Equal(Durations.FromMonths(7), phases[2].TimeSeconds, 1e-6);
    }

    [Fact]
    public void A_higher_failure_rate_lowers_the_gpu_hours_up()
    {
        static double UpHours(double mtbfHours)
        {
            var scenario = Scenario(365, [Site("campus", "r1", 2, 2, powerMonths: 0)], [Order("campus", 800)]);
            return new NeocloudWorld(scenario, [Gpu(mtbfHours, repairHours: 48)]).Run().Sites.Sum(s => s.GpuHoursUp);
        }

        double reliable = UpHours(1e12);
        double fragile = UpHours(2_000);
        // 800 GPUs up from day 30 to day 365: 800 × 335 × 24 GPU-hours when nothing fails.
        Assert.Equal(800 * 335 * 24.0, reliable, 1e-6 * reliable);
        // A replica of 8 fails every 2,000 / 8 = 250 h and is down 48 h: availability 250 / 298 = 0.839.
        // Over 100 replicas × 335 days the share up is within ±3% of that (seed 7; binomial-like noise ~0.5%).
        Assert.InRange(fragile / reliable, 0.839 - 0.03, 0.839 + 0.03);
    }
}
