using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A get of one item from a <see cref="Store{T}"/>, optionally the first that matches a filter: an event processed
/// when such an item is taken.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class StoreGet<T> : Event
{
    internal StoreGet(Store<T> store, Func<T, bool>? filter)
        : base(store.Simulation)
    {
        Store = store;
        Filter = filter;
    }

    /// <summary>The store.</summary>
    public Store<T> Store { get; }

    /// <summary>Which items will do; null takes any item.</summary>
    public Func<T, bool>? Filter { get; }

    /// <summary>The item taken, once the get is triggered; default before.</summary>
    public T? Item { get; private set; }

    /// <summary>True once the get was withdrawn before an item was taken.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>Withdraws a get that is still waiting; does nothing once an item was taken.</summary>
    public void Cancel()
    {
        if (!IsTriggered && !IsCancelled)
        {
            IsCancelled = true;
            Store.OnCancelled();
        }
    }

    internal bool Accepts(T item) => Filter is null || Filter(item);

    internal void Complete(T item)
    {
        Item = item;
        Succeed(item);
    }
}
