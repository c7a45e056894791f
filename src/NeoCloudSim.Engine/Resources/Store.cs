namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A bounded collection of items (GPUs waiting for power, jobs waiting for a replica) that processes put into and get
/// from; a get may ask for the first item that matches a filter.
/// </summary>
/// <remarks>
/// Items are kept in the order they were put. Waiting puts are served first come, first served. Waiting gets are
/// served in the order they were made, each taking the oldest item its filter accepts; a get whose filter matches
/// nothing keeps waiting without holding back the gets behind it.
/// </remarks>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Store<T>
{
    private readonly LinkedList<T> _items = new();
    private readonly Queue<StorePut<T>> _puts = new();
    private readonly List<StoreGet<T>> _gets = [];

    /// <summary>Creates the store.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    /// <param name="capacity">Largest number of items; positive.</param>
    /// <param name="name">A name for messages.</param>
    public Store(Simulation simulation, int capacity = int.MaxValue, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Simulation = simulation;
        Capacity = capacity;
        Name = name ?? "Store";
    }

    /// <summary>The simulation this store belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The store's name, for messages.</summary>
    public string Name { get; }

    /// <summary>Largest number of items.</summary>
    public int Capacity { get; }

    /// <summary>Number of items in the store.</summary>
    public int Count => _items.Count;

    /// <summary>The items, oldest first.</summary>
    public IReadOnlyCollection<T> Items => _items;

    /// <summary>Puts <paramref name="item"/>, waiting for room if the store is full; yield the result to wait.</summary>
    public StorePut<T> Put(T item)
    {
        var put = new StorePut<T>(this, item);
        _puts.Enqueue(put);
        Serve();
        return put;
    }

    /// <summary>Takes the oldest item that <paramref name="filter"/> accepts (any item if null), waiting until there
    /// is one; yield the result and read <see cref="StoreGet{T}.Item"/>.</summary>
    public StoreGet<T> Get(Func<T, bool>? filter = null)
    {
        var get = new StoreGet<T>(this, filter);
        _gets.Add(get);
        Serve();
        return get;
    }

    internal void OnCancelled() => Serve();

    private void Serve()
    {
        bool moved = true;
        while (moved)
        {
            moved = false;
            while (_items.Count < Capacity && _puts.TryPeek(out var put))
            {
                _puts.Dequeue();
                if (put.IsCancelled)
                {
                    continue;
                }

                _items.AddLast(put.Item);
                put.Complete();
                moved = true;
            }

            for (int i = 0; i < _gets.Count && _items.Count > 0;)
            {
                var get = _gets[i];
                if (get.IsCancelled)
                {
                    _gets.RemoveAt(i);
                    continue;
                }

                var node = FirstAccepted(get);
                if (node is null)
                {
                    i++;
                    continue;
                }

                _items.Remove(node);
                _gets.RemoveAt(i);
                get.Complete(node.Value);
                moved = true;
            }
        }
    }

    private LinkedListNode<T>? FirstAccepted(StoreGet<T> get)
    {
        for (var node = _items.First; node is not null; node = node.Next)
        {
            if (get.Accepts(node.Value))
            {
                return node;
            }
        }

        return null;
    }
}
