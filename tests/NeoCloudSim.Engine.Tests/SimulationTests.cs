namespace NeoCloudSim.Engine.Tests;

public sealed class SimulationTests
{
    private sealed class Recorder(Simulation simulation) : IEventHandler
    {
        public List<(double Time, long Tag)> Fired { get; } = [];

        public void Handle(long tag) => Fired.Add((simulation.Now, tag));
    }

    [Fact]
    public void Equal_times_fire_by_priority_then_first_scheduled_first()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        simulation.Schedule(5, recorder, 1);
        simulation.Schedule(5, recorder, 2, EventPriority.Late);
        simulation.Schedule(5, recorder, 3);
        simulation.Schedule(5, recorder, 4, EventPriority.Urgent);
        simulation.Schedule(2, recorder, 5);
        simulation.ScheduleAt(5, recorder, 6);

        simulation.Run();

        Assert.Equal([5L, 4, 1, 3, 6, 2], recorder.Fired.Select(f => f.Tag));
        Assert.Equal([2.0, 5, 5, 5, 5, 5], recorder.Fired.Select(f => f.Time));
    }

    [Fact]
    public void Scheduling_in_the_past_throws_naming_both_times()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        simulation.Schedule(10, recorder);
        simulation.Run();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulation.ScheduleAt(3, recorder));
        Assert.Contains("in the past", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("10 s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_delay_throws(double delay)
    {
        var simulation = new Simulation();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Schedule(delay, new Recorder(simulation)));
        Assert.Contains("delay", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Timeout(delay));
    }

    [Fact]
    public void A_priority_out_of_range_throws()
    {
        var simulation = new Simulation();
        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Schedule(1, new Recorder(simulation), 0, EventPriority.Max + 1));
    }

    [Fact]
    public void Run_until_fires_events_strictly_before_and_leaves_the_clock_there()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        simulation.Schedule(1, recorder, 1);
        simulation.Schedule(10, recorder, 10);
        simulation.Schedule(12, recorder, 12);

        simulation.Run(10);
        Assert.Equal([1L], recorder.Fired.Select(f => f.Tag));
        Assert.Equal(10, simulation.Now);
        Assert.Equal(2, simulation.PendingEvents);

        simulation.Run(20);
        Assert.Equal([1L, 10, 12], recorder.Fired.Select(f => f.Tag));
        Assert.Equal(20, simulation.Now);
    }

    [Fact]
    public void Run_until_a_time_before_now_throws()
    {
        var simulation = new Simulation();
        simulation.Run(5);
        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Run(4));
    }

    [Fact]
    public void Run_until_an_event_stops_once_it_is_processed_and_returns_its_value()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        simulation.Schedule(1, recorder, 1);
        var stop = simulation.Timeout(3, "stopped");
        simulation.Schedule(5, recorder, 5);

        object? value = simulation.Run(stop);

        Assert.Equal("stopped", value);
        Assert.Equal(3, simulation.Now);
        Assert.Equal([1L], recorder.Fired.Select(f => f.Tag));
    }

    [Fact]
    public void Run_until_an_event_that_never_comes_throws()
    {
        var simulation = new Simulation();
        simulation.Schedule(1, new Recorder(simulation));
        var never = simulation.Event();
        var error = Assert.Throws<InvalidOperationException>(() => simulation.Run(never));
        Assert.Contains("emptied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_without_limit_empties_the_calendar()
    {
        var simulation = new Simulation();
        var recorder = new Recorder(simulation);
        for (int i = 0; i < 100; i++)
        {
            simulation.Schedule(i * 0.5, recorder, i);
        }

        simulation.Run();
        Assert.Equal(100, recorder.Fired.Count);
        Assert.Equal(0, simulation.PendingEvents);
        Assert.Equal(49.5, simulation.Now);
        Assert.False(simulation.Step());
    }

    [Fact]
    public void Progress_reports_rising_shares_of_the_horizon_ending_at_one()
    {
        var simulation = new Simulation();
        var chain = new Chain(simulation, 0.001);
        simulation.Schedule(0, chain);
        var shares = new List<double>();

        simulation.Run(100, shares.Add);

        Assert.True(shares.Count > 5, $"only {shares.Count} progress reports for 100,000 events");
        Assert.Equal(0, shares[0]);
        Assert.Equal(1, shares[^1]);
        for (int i = 1; i < shares.Count; i++)
        {
            Assert.True(shares[i] >= shares[i - 1], "progress went backwards");
            Assert.InRange(shares[i], 0, 1);
        }
    }

    [Fact]
    public void The_tracer_sees_every_event_with_its_priority_and_sequence()
    {
        var simulation = new Simulation();
        var seen = new List<(double, int, long, long)>();
        simulation.Tracer = new ListTracer(seen);
        var recorder = new Recorder(simulation);
        simulation.Schedule(2, recorder, 7, EventPriority.Late);
        simulation.Schedule(1, recorder, 8);

        simulation.Run();

        Assert.Equal([(1.0, EventPriority.Normal, 1L, 8L), (2.0, EventPriority.Late, 0L, 7L)], seen);
        Assert.Equal(2, simulation.EventsProcessed);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void Direct_events_allocate_nothing_in_steady_state()
    {
        var simulation = new Simulation();
        var chain = new Chain(simulation, 1);
        for (int i = 0; i < 64; i++)
        {
            simulation.Schedule(i, chain);
        }

        simulation.Run(1_000); // warm: calendar grown, code jitted
        long before = GC.GetAllocatedBytesForCurrentThread();
        simulation.Run(100_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(simulation.EventsProcessed > 6_000_000, "the chain did not run");
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_scheduled_action_runs_at_its_time()
    {
        var simulation = new Simulation();
        double ranAt = -1;
        simulation.Schedule(4.5, () => ranAt = simulation.Now);
        simulation.Run();
        Assert.Equal(4.5, ranAt);
    }

    /// <summary>Reschedules itself every <paramref name="step"/> seconds, forever.</summary>
    private sealed class Chain(Simulation simulation, double step) : IEventHandler
    {
        public void Handle(long tag) => simulation.Schedule(step, this, tag);
    }

    private sealed class ListTracer(List<(double, int, long, long)> seen) : ISimulationTracer
    {
        public void OnEvent(double time, int priority, long sequence, IEventHandler handler, long tag) =>
            seen.Add((time, priority, sequence, tag));
    }
}
