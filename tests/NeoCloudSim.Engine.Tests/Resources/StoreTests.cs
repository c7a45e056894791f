using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Resources;

namespace NeoCloudSim.Engine.Tests.Resources;

public sealed class StoreTests
{
    private readonly Simulation _simulation = new();

    private sealed record Gpu(string Sku, int Serial);

    [Fact]
    public void Items_come_out_oldest_first()
    {
        var store = new Store<int>(_simulation);
        store.Put(1);
        store.Put(2);
        store.Put(3);
        var got = new List<int>();
        IEnumerable<Event> Taker()
        {
            for (int i = 0; i < 3; i++)
            {
                var get = store.Get();
                yield return get;
                got.Add(get.Item);
            }
        }

        _simulation.Process(Taker());
        _simulation.Run();
        Assert.Equal([1, 2, 3], got);
    }

    [Fact]
    public void A_filtered_get_takes_the_oldest_match_and_does_not_block_others()
    {
        var dock = new Store<Gpu>(_simulation, name: "dock");
        var log = new List<string>();
        IEnumerable<Event> Want(string sku)
        {
            var get = dock.Get(g => g.Sku == sku);
            yield return get;
            log.Add($"{_simulation.Now} {sku} #{get.Item!.Serial}");
        }

        IEnumerable<Event> Deliveries()
        {
            yield return _simulation.Timeout(1);
            dock.Put(new Gpu("H100", 1));
            yield return _simulation.Timeout(1);
            dock.Put(new Gpu("B200", 2));
            dock.Put(new Gpu("B200", 3));
        }

        _simulation.Process(Want("B200"));
        _simulation.Process(Want("H100"));
        _simulation.Process(Want("B200"));
        _simulation.Process(Deliveries());
        _simulation.Run();

        Assert.Equal(["1 H100 #1", "2 B200 #2", "2 B200 #3"], log);
        Assert.Equal(0, dock.Count);
    }

    [Fact]
    public void A_full_store_makes_puts_wait_until_a_get_makes_room()
    {
        var shelf = new Store<string>(_simulation, capacity: 1);
        var first = shelf.Put("a");
        var second = shelf.Put("b");
        Assert.True(first.IsTriggered);
        Assert.False(second.IsTriggered);

        var get = shelf.Get();
        Assert.Equal("a", get.Item);
        Assert.True(second.IsTriggered);
        Assert.Equal(["b"], shelf.Items);
    }

    [Fact]
    public void A_cancelled_get_takes_nothing()
    {
        var store = new Store<int>(_simulation);
        var cancelled = store.Get();
        var waiting = store.Get();
        cancelled.Cancel();
        store.Put(7);
        Assert.True(cancelled.IsCancelled);
        Assert.False(cancelled.IsTriggered);
        Assert.Equal(7, waiting.Item);
    }
}
