using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Tests.Processes;

public sealed class ProcessTests
{
    private readonly Simulation _simulation = new();
    private readonly List<string> _log = [];

    private void Log(string what) => _log.Add($"{_simulation.Now:0.###} {what}");

    [Fact]
    public void A_timeout_resumes_the_process_after_its_delay_with_its_value()
    {
        object? value = null;
        IEnumerable<Event> Body()
        {
            var timeout = _simulation.Timeout(2.5, "rang");
            yield return timeout;
            value = timeout.Value;
            Log("after timeout");
        }

        _simulation.Process(Body());
        _simulation.Run();

        Assert.Equal(["2.5 after timeout"], _log);
        Assert.Equal("rang", value);
    }

    [Fact]
    public void A_process_starts_at_the_current_time_before_normal_events()
    {
        var recorder = new ActionHandler(() => Log("direct"));
        IEnumerable<Event> Body()
        {
            Log("started");
            yield break;
        }

        _simulation.Schedule(0, recorder);
        _simulation.Process(Body());
        _simulation.Run();

        Assert.Equal(["0 started", "0 direct"], _log);
    }

    [Fact]
    public void A_process_waits_for_another_process_to_end()
    {
        IEnumerable<Event> Child()
        {
            yield return _simulation.Timeout(3);
            Log("child done");
        }

        IEnumerable<Event> Parent()
        {
            var child = _simulation.Process(Child(), "child");
            Assert.True(child.IsAlive);
            yield return child;
            Assert.False(child.IsAlive);
            Log("parent resumed");
        }

        _simulation.Process(Parent(), "parent");
        _simulation.Run();

        Assert.Equal(["3 child done", "3 parent resumed"], _log);
    }

    [Fact]
    public void Yielding_an_already_processed_event_goes_on_at_once()
    {
        IEnumerable<Event> Body()
        {
            var early = _simulation.Timeout(1);
            yield return _simulation.Timeout(5);
            Assert.True(early.IsProcessed);
            yield return early;
            Log("went on");
        }

        _simulation.Process(Body());
        _simulation.Run();
        Assert.Equal(["5 went on"], _log);
    }

    [Fact]
    public void AnyOf_resumes_at_the_first_event_and_AllOf_at_the_last()
    {
        IEnumerable<Event> Body()
        {
            var fast = _simulation.Timeout(2);
            var slow = _simulation.Timeout(7);
            var any = fast | slow;
            yield return any;
            Log($"any: fast {fast.IsProcessed}, slow {slow.IsProcessed}");

            var a = _simulation.Timeout(1);
            var b = _simulation.Timeout(4);
            yield return _simulation.AllOf(a, b, slow);
            Log("all");
        }

        _simulation.Process(Body());
        _simulation.Run();

        Assert.Equal(["2 any: fast True, slow False", "7 all"], _log);
    }

    [Fact]
    public void An_empty_condition_is_processed_at_once()
    {
        IEnumerable<Event> Body()
        {
            yield return _simulation.AllOf();
            Log("all of nothing");
            yield return _simulation.AnyOf();
            Log("any of nothing");
        }

        _simulation.Process(Body());
        _simulation.Run();
        Assert.Equal(["0 all of nothing", "0 any of nothing"], _log);
    }

    [Fact]
    public void An_interrupt_stops_the_wait_and_hands_over_its_cause()
    {
        Process? worker = null;
        IEnumerable<Event> Worker()
        {
            yield return _simulation.Timeout(10);
            if (_simulation.ActiveProcess!.HandleInterrupt(out object? cause))
            {
                Log($"interrupted by {cause}");
                yield return _simulation.Timeout(1);
                Log("recovered");
            }
        }

        IEnumerable<Event> Breaker()
        {
            yield return _simulation.Timeout(4);
            worker!.Interrupt("gpu failure");
        }

        worker = _simulation.Process(Worker(), "worker");
        _simulation.Process(Breaker(), "breaker");
        _simulation.Run();

        Assert.Equal(["4 interrupted by gpu failure", "5 recovered"], _log);
    }

    [Fact]
    public void An_unhandled_interrupt_stops_the_run_naming_the_process()
    {
        IEnumerable<Event> Careless()
        {
            yield return _simulation.Timeout(10);
            yield return _simulation.Timeout(10);
        }

        var careless = _simulation.Process(Careless(), "careless");
        _simulation.Schedule(1, () => careless.Interrupt("why not"));

        var error = Assert.Throws<ProcessFailedException>(() => _simulation.Run());
        Assert.Contains("careless", error.Message, StringComparison.Ordinal);
        Assert.Contains("HandleInterrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interrupting_an_ended_process_throws()
    {
        IEnumerable<Event> Quick()
        {
            yield return _simulation.Timeout(1);
        }

        var quick = _simulation.Process(Quick());
        _simulation.Run();
        var error = Assert.Throws<InvalidOperationException>(() => quick.Interrupt());
        Assert.Contains("has ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_process_cannot_interrupt_itself()
    {
        IEnumerable<Event> Body()
        {
            _simulation.ActiveProcess!.Interrupt();
            yield break;
        }

        _simulation.Process(Body());
        var error = Assert.Throws<ProcessFailedException>(() => _simulation.Run());
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void An_exception_in_a_process_stops_the_run_with_time_and_name()
    {
        IEnumerable<Event> Faulty()
        {
            yield return _simulation.Timeout(2);
            throw new FormatException("bad token count");
        }

        _simulation.Process(Faulty(), "faulty");
        var error = Assert.Throws<ProcessFailedException>(() => _simulation.Run());
        Assert.Contains("faulty", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 s", error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void Yielding_null_is_an_error()
    {
        IEnumerable<Event> Body()
        {
            yield return null!;
        }

        _simulation.Process(Body(), "nulls");
        var error = Assert.Throws<ProcessFailedException>(() => _simulation.Run());
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_event_must_be_handled_by_the_waiting_process()
    {
        var order = _simulation.Event();
        Exception? seen = null;
        IEnumerable<Event> Waiter()
        {
            yield return order;
            if (_simulation.ActiveProcess!.HandleFault(out var exception))
            {
                seen = exception;
            }
        }

        _simulation.Process(Waiter());
        _simulation.Schedule(3, () => order.Fail(new TimeoutException("supplier gone")));
        _simulation.Run();

        Assert.IsType<TimeoutException>(seen);
        Assert.False(order.Ok);
    }

    [Fact]
    public void A_failed_event_left_unhandled_stops_the_run()
    {
        var order = _simulation.Event();
        IEnumerable<Event> Waiter()
        {
            yield return order;
            yield return _simulation.Timeout(1);
        }

        _simulation.Process(Waiter(), "waiter");
        _simulation.Schedule(3, () => order.Fail(new TimeoutException("supplier gone")));
        var error = Assert.Throws<ProcessFailedException>(() => _simulation.Run());
        Assert.Contains("HandleFault", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public void A_condition_fails_when_one_of_its_events_fails()
    {
        var a = _simulation.Event();
        var b = _simulation.Timeout(10);
        var any = a | b;
        _simulation.Schedule(1, () => a.Fail(new InvalidOperationException("x")));
        _simulation.Run(any);
        Assert.False(any.Ok);
        Assert.Equal(1, _simulation.Now);
    }

    [Fact]
    public void An_event_triggers_once()
    {
        var e = _simulation.Event();
        e.Succeed(1);
        var error = Assert.Throws<InvalidOperationException>(() => e.Succeed(2));
        Assert.Contains("already been triggered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Callbacks_run_when_the_event_is_processed_in_registration_order()
    {
        var e = _simulation.Timeout(2);
        e.AddCallback(_ => Log("first"));
        e.AddCallback(_ => Log("second"));
        _simulation.Run();
        e.AddCallback(_ => Log("late"));
        Assert.Equal(["2 first", "2 second", "2 late"], _log);
    }

    [Fact]
    public void Direct_events_and_processes_mix_in_one_time_line()
    {
        IEnumerable<Event> Body()
        {
            for (int i = 0; i < 3; i++)
            {
                yield return _simulation.Timeout(2);
                Log("process");
            }
        }

        _simulation.Process(Body());
        for (int i = 1; i <= 5; i++)
        {
            _simulation.Schedule(i * 1.5, new ActionHandler(() => Log("direct")));
        }

        _simulation.Run();
        Assert.Equal(
            ["1.5 direct", "2 process", "3 direct", "4 process", "4.5 direct", "6 direct", "6 process", "7.5 direct"],
            _log);
    }

    private sealed class ActionHandler(Action action) : IEventHandler
    {
        public void Handle(long tag) => action();
    }
}
