using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Statistics;

public sealed class TimeWeightedMonitorTests
{
    [Fact]
    public void A_step_curve_has_its_hand_computed_integral_mean_and_variance()
    {
        // Level 0 on [0,2), 3 on [2,5), 1 on [5,10): integral 0*2 + 3*3 + 1*5 = 14, mean 1.4;
        // mean of squares (0 + 9*3 + 1*5)/10 = 3.2, variance 3.2 - 1.96 = 1.24.
        var monitor = new TimeWeightedMonitor(0, 0);
        monitor.Update(2, 3);
        monitor.Add(5, -2);
        Assert.Equal(14, monitor.Integral(10), 12);
        Assert.Equal(1.4, monitor.Mean(10), 12);
        Assert.Equal(1.24, monitor.Variance(10), 12);
        Assert.Equal(0, monitor.Min);
        Assert.Equal(3, monitor.Max);
        Assert.Equal(1, monitor.Level);
    }

    [Fact]
    public void Reset_restarts_the_window_keeping_the_level()
    {
        var monitor = new TimeWeightedMonitor(0, 5);
        monitor.Update(4, 1);
        monitor.Reset(6);
        monitor.Update(8, 3);
        // From 6: level 1 on [6,8), 3 on [8,10): integral 8, mean 2.
        Assert.Equal(8, monitor.Integral(10), 12);
        Assert.Equal(2, monitor.Mean(10), 12);
        Assert.Equal(1, monitor.Min);
        Assert.Equal(6, monitor.StartTime);
    }

    [Fact]
    public void Time_going_backwards_throws_naming_both_times()
    {
        var monitor = new TimeWeightedMonitor(0, 0);
        monitor.Update(7, 1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => monitor.Update(3, 2));
        Assert.Contains("3 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("7 s", error.Message, StringComparison.Ordinal);
    }
}
