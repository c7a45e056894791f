using System.Globalization;
using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A put into or a get from a <see cref="Container"/>: an event processed when the amount has been moved.
/// </summary>
public sealed class ContainerRequest : Event
{
    internal ContainerRequest(Container container, double amount, bool isPut)
        : base(container.Simulation)
    {
        Container = container;
        Amount = amount;
        IsPut = isPut;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>The amount to move, in the container's unit.</summary>
    public double Amount { get; }

    /// <summary>True for a put, false for a get.</summary>
    public bool IsPut { get; }

    /// <summary>True once the request was withdrawn before it could be served.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>Withdraws a request that is still waiting; does nothing once it has been served.</summary>
    public void Cancel()
    {
        if (!IsTriggered && !IsCancelled)
        {
            IsCancelled = true;
            Container.OnCancelled(this);
        }
    }

    internal void Complete() => Succeed(Amount);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(IsPut ? "Put" : "Get")} of {Amount} on {Container.Name} ({State})");
}
