using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Resources;

/// <summary>A put of one item into a <see cref="Store{T}"/>: an event processed when the item is in the store.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class StorePut<T> : Event
{
    internal StorePut(Store<T> store, T item)
        : base(store.Simulation)
    {
        Store = store;
        Item = item;
    }

    /// <summary>The store.</summary>
    public Store<T> Store { get; }

    /// <summary>The item put.</summary>
    public T Item { get; }

    /// <summary>True once the put was withdrawn before there was room.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>Withdraws a put that is still waiting for room; does nothing once the item is in.</summary>
    public void Cancel()
    {
        if (!IsTriggered && !IsCancelled)
        {
            IsCancelled = true;
            Store.OnCancelled();
        }
    }

    internal void Complete() => Succeed(Item);
}
