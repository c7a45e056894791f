using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Resources;

namespace NeoCloudSim.Engine.Tests.Resources;

public sealed class ContainerTests
{
    private readonly Simulation _simulation = new();

    [Fact]
    public void Gets_wait_for_level_and_puts_wait_for_room()
    {
        var energized = new Container(_simulation, capacity: 100, initialLevel: 20, name: "MW energized");
        var log = new List<string>();
        IEnumerable<Event> Load(double megawatts)
        {
            yield return energized.Get(megawatts);
            log.Add($"{_simulation.Now} got {megawatts}");
        }

        IEnumerable<Event> Feed(double at, double megawatts)
        {
            yield return _simulation.Timeout(at);
            yield return energized.Put(megawatts);
            log.Add($"{_simulation.Now} put {megawatts}");
        }

        _simulation.Process(Load(50));
        _simulation.Process(Load(10)); // behind the 50: first come, first served
        _simulation.Process(Feed(3, 40));
        _simulation.Process(Feed(4, 90)); // 20 + 40 - 50 - 10 = 0, so 90 fits
        _simulation.Process(Feed(5, 20)); // 90 + 20 > 100: waits for room
        _simulation.Process(Load2(6, 15));
        _simulation.Run();

        Assert.Equal(["3 put 40", "3 got 50", "3 got 10", "4 put 90", "6 got 15", "6 put 20"], log);
        Assert.Equal(95, energized.Level);

        IEnumerable<Event> Load2(double at, double megawatts)
        {
            yield return _simulation.Timeout(at);
            yield return energized.Get(megawatts);
            log.Add($"{_simulation.Now} got {megawatts}");
        }
    }

    [Fact]
    public void The_level_hook_sees_each_change_and_cancel_unblocks_the_line()
    {
        var tank = new Container(_simulation, capacity: 10, initialLevel: 0);
        var levels = new List<double>();
        tank.LevelChanged = c => levels.Add(c.Level);
        var big = tank.Get(8);
        var small = tank.Get(2);
        tank.Put(5);
        Assert.False(small.IsTriggered); // held back by the big get at the head
        big.Cancel();
        Assert.True(small.IsTriggered);
        Assert.True(big.IsCancelled);
        Assert.Equal([5.0, 3], levels);
        Assert.Equal(0, tank.GetQueueLength);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(11.0)]
    [InlineData(double.NaN)]
    public void Amounts_must_be_positive_and_fit(double amount)
    {
        var tank = new Container(_simulation, capacity: 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Put(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Get(amount));
    }

    [Fact]
    public void The_initial_level_must_lie_within_capacity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Container(_simulation, capacity: 10, initialLevel: 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Container(_simulation, capacity: -1));
    }
}
