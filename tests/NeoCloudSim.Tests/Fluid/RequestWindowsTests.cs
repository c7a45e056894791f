using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Fluid;
using NeoCloudSim.Time;

namespace NeoCloudSim.Tests.Fluid;

public sealed class RequestWindowsTests
{
    [Fact]
    public void Each_week_gets_its_busiest_hour_and_random_hours_each_with_a_warm_up()
    {
        // Demand peaks at 14:00 UTC every day, slightly higher each day: the busiest hour of a week is its last day's 14:00.
        var shape = Enumerable.Range(0, 24).Select(h => h == 14 ? 3.0 : 1.0).ToList();
        var curve = new DemandCurve(new DemandCurveSpec { BaseRatePerSecond = 1, DailyShape = shape, Growth = new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 2 } }, new ScenarioClock(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), 0, null, null);
        var spec = new TrafficSpec { WindowHours = 1, BusiestWindowsPerWeek = 1, RandomWindowsPerWeek = 2, WarmUpMinutes = 10 };
        var windows = RequestWindows.Choose(spec, [curve], Durations.FromDays(14), RandomStream.Derive(3, "windows"));

        var all = windows.All.ToList();
        Assert.InRange(all.Count, 4, 6); // 3 a week, some may merge
        double lastPeakWeek1 = Durations.FromDays(6) + Durations.FromHours(14);
        Assert.True(windows.Contains(lastPeakWeek1 + 60) && windows.IsBusiest(lastPeakWeek1 + 60));
        Assert.True(windows.Contains(lastPeakWeek1 - 300), "the warm-up starts 10 minutes before the hour");
        Assert.False(windows.Contains(lastPeakWeek1 - 900));
        Assert.Equal(lastPeakWeek1 - 600, windows.NextStart(lastPeakWeek1 - 3_600), 1e-6);
        Assert.Equal(6 * 3_600 + (6 * 600), windows.TotalSeconds, 1e-6);
        Assert.All(all, w => Assert.True(w.End > w.Start));
        Assert.Equal(all.OrderBy(w => w.Start), all);
    }
}
