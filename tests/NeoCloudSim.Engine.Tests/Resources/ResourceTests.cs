using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Resources;

namespace NeoCloudSim.Engine.Tests.Resources;

public sealed class ResourceTests
{
    private readonly Simulation _simulation = new();
    private readonly List<string> _log = [];

    private void Log(string what) => _log.Add($"{_simulation.Now:0.###} {what}");

    private IEnumerable<Event> User(Resource resource, string name, double hold, double arriveAt = 0)
    {
        yield return _simulation.Timeout(arriveAt);
        using var unit = resource.Request();
        yield return unit;
        Log($"{name} got");
        yield return _simulation.Timeout(hold);
        Log($"{name} done");
    }

    [Fact]
    public void Units_go_first_come_first_served_and_queue_when_all_are_held()
    {
        var servers = new Resource(_simulation, 2, "servers");
        _simulation.Process(User(servers, "a", 5));
        _simulation.Process(User(servers, "b", 3));
        _simulation.Process(User(servers, "c", 1, arriveAt: 1));
        _simulation.Process(User(servers, "d", 1, arriveAt: 2));

        _simulation.Run(2.5);
        Assert.Equal(2, servers.InUse);
        Assert.Equal(2, servers.QueueLength);
        _simulation.Run();

        Assert.Equal(
            ["0 a got", "0 b got", "3 b done", "3 c got", "4 c done", "4 d got", "5 a done", "5 d done"],
            _log);
        Assert.Equal(0, servers.InUse);
    }

    [Fact]
    public void A_priority_resource_serves_lower_priority_values_first_then_fifo()
    {
        var replica = new PriorityResource(_simulation, 1, "replica");
        IEnumerable<Event> Job(string name, int priority, double arriveAt)
        {
            yield return _simulation.Timeout(arriveAt);
            using var slot = replica.Request(priority);
            yield return slot;
            Log(name);
            yield return _simulation.Timeout(10);
        }

        _simulation.Process(Job("holder", 5, 0));
        _simulation.Process(Job("batch-1", 9, 1));
        _simulation.Process(Job("interactive-1", 1, 2));
        _simulation.Process(Job("batch-2", 9, 3));
        _simulation.Process(Job("interactive-2", 1, 4));
        _simulation.Run(5);
        Assert.Equal([2.0, 4, 1, 3], replica.Queue.Select(r => r.RequestedAt)); // service order of the waiting
        _simulation.Run();

        Assert.Equal(["0 holder", "10 interactive-1", "20 interactive-2", "30 batch-1", "40 batch-2"], _log);
    }

    [Fact]
    public void Preemption_interrupts_the_least_important_latest_holder()
    {
        var gpus = new PreemptiveResource(_simulation, 2, "gpus");
        IEnumerable<Event> Job(string name, int priority, double arriveAt, double work)
        {
            yield return _simulation.Timeout(arriveAt);
            using var gpu = gpus.Request(priority, preempt: true);
            yield return gpu;
            Log($"{name} got");
            yield return _simulation.Timeout(work);
            if (_simulation.ActiveProcess!.HandleInterrupt(out object? cause))
            {
                var preempted = Assert.IsType<Preempted>(cause);
                Log($"{name} preempted after {_simulation.Now - preempted.UsageSince:0.#} s");
                Assert.Equal(RequestState.Preempted, gpu.RequestState);
                yield break;
            }

            Log($"{name} done");
        }

        _simulation.Process(Job("training-low", 5, 0, 100));
        _simulation.Process(Job("training-lower", 7, 1, 100));
        _simulation.Process(Job("inference", 1, 2, 3));
        _simulation.Process(Job("equal", 5, 3, 1));
        _simulation.Run();

        Assert.Equal(
            [
                "0 training-low got", "1 training-lower got", "2 inference got", "2 training-lower preempted after 1 s",
                "5 inference done", "5 equal got", "6 equal done", "100 training-low done",
            ],
            _log);
    }

    [Fact]
    public void Releasing_a_request_of_another_resource_throws()
    {
        var a = new Resource(_simulation, 1, "a");
        var b = new Resource(_simulation, 1, "b");
        var request = a.Request();
        var error = Assert.Throws<InvalidOperationException>(() => b.Release(request));
        Assert.Contains("not held", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Releasing_twice_throws_but_disposing_twice_does_not()
    {
        var a = new Resource(_simulation, 1, "a");
        var request = a.Request();
        a.Release(request);
        var error = Assert.Throws<InvalidOperationException>(() => a.Release(request));
        Assert.Contains("Released", error.Message, StringComparison.Ordinal);
        request.Dispose();
        Assert.Equal(0, a.InUse);
    }

    [Fact]
    public void Disposing_a_waiting_request_leaves_the_queue_without_taking_a_unit()
    {
        var a = new Resource(_simulation, 1, "a");
        var holder = a.Request();
        var impatient = a.Request();
        var patient = a.Request();
        Assert.Equal(2, a.QueueLength);

        impatient.Dispose();
        Assert.Equal(RequestState.Cancelled, impatient.RequestState);
        Assert.Equal(1, a.QueueLength);

        a.Release(holder);
        Assert.Equal(RequestState.Granted, patient.RequestState);
        Assert.Equal(RequestState.Cancelled, impatient.RequestState);
        Assert.Equal(0, a.QueueLength);
    }

    [Fact]
    public void Abandoning_after_patience_with_any_of()
    {
        var replica = new Resource(_simulation, 1, "replica");
        IEnumerable<Event> Impatient(string name, double patience)
        {
            using var slot = replica.Request();
            var gaveUp = _simulation.Timeout(patience);
            yield return slot | gaveUp;
            Log(slot.IsProcessed ? $"{name} served" : $"{name} abandoned");
            if (slot.IsProcessed)
            {
                yield return _simulation.Timeout(5);
            }
        }

        _simulation.Process(Impatient("first", 1));
        _simulation.Process(Impatient("second", 2));
        _simulation.Process(Impatient("third", 8));
        _simulation.Run();

        Assert.Equal(["0 first served", "2 second abandoned", "5 third served"], _log);
    }

    [Fact]
    public void More_capacity_serves_the_queue_at_once_and_less_waits_for_releases()
    {
        var gpus = new Resource(_simulation, 1, "gpus");
        var first = gpus.Request();
        var second = gpus.Request();
        var third = gpus.Request();

        gpus.SetCapacity(2);
        Assert.Equal(RequestState.Granted, second.RequestState);
        Assert.Equal(RequestState.Waiting, third.RequestState);

        gpus.SetCapacity(1);
        Assert.Equal(2, gpus.InUse); // nobody is evicted
        gpus.Release(first);
        Assert.Equal(RequestState.Waiting, third.RequestState); // still at capacity
        gpus.Release(second);
        Assert.Equal(RequestState.Granted, third.RequestState);
    }

    [Fact]
    public void The_changed_hook_sees_every_change_of_use_and_queue()
    {
        var a = new Resource(_simulation, 1, "a");
        var seen = new List<(int, int)>();
        a.Changed = r => seen.Add((r.InUse, r.QueueLength));
        var x = a.Request();
        var y = a.Request();
        a.Release(x);
        a.Release(y);
        Assert.Equal([(1, 0), (1, 1), (1, 0), (0, 0)], seen);
    }
}
