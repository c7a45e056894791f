using System.Globalization;

namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// A continuous level between zero and a capacity — megawatts energized, fuel in a tank, tokens in a budget — that
/// processes put into and get from, waiting when a get finds too little or a put finds too little room.
/// </summary>
/// <remarks>
/// Waiting puts and gets are each served first come, first served: a request at the head of its line that cannot be
/// served holds back those behind it, so a large get is not starved by small ones. A request that can be served at
/// once moves the amount immediately and is processed at the current time.
/// </remarks>
public sealed class Container
{
    private readonly Queue<ContainerRequest> _puts = new();
    private readonly Queue<ContainerRequest> _gets = new();

    /// <summary>Creates the container.</summary>
    /// <param name="simulation">The simulation it belongs to.</param>
    /// <param name="capacity">Largest level; positive, may be infinite.</param>
    /// <param name="initialLevel">Level at creation, between zero and the capacity.</param>
    /// <param name="name">A name for messages.</param>
    public Container(Simulation simulation, double capacity = double.PositiveInfinity, double initialLevel = 0, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!(capacity > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A container's capacity must be positive.");
        }

        if (!(initialLevel >= 0 && initialLevel <= capacity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(initialLevel),
                initialLevel,
                string.Create(CultureInfo.InvariantCulture, $"A container's initial level must lie between 0 and its capacity {capacity}."));
        }

        Simulation = simulation;
        Capacity = capacity;
        Level = initialLevel;
        Name = name ?? nameof(Container);
    }

    /// <summary>The simulation this container belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The container's name, for messages.</summary>
    public string Name { get; }

    /// <summary>Largest level.</summary>
    public double Capacity { get; }

    /// <summary>Current level.</summary>
    public double Level { get; private set; }

    /// <summary>Number of puts waiting for room.</summary>
    public int PutQueueLength { get; private set; }

    /// <summary>Number of gets waiting for level.</summary>
    public int GetQueueLength { get; private set; }

    /// <summary>Called after every change of <see cref="Level"/>, e.g. to update a monitor.</summary>
    public Action<Container>? LevelChanged { get; set; }

    /// <summary>Adds <paramref name="amount"/>, waiting for room if needed; yield the result to wait.</summary>
    /// <param name="amount">Positive, at most the capacity.</param>
    public ContainerRequest Put(double amount)
    {
        CheckAmount(amount);
        var put = new ContainerRequest(this, amount, isPut: true);
        _puts.Enqueue(put);
        PutQueueLength++;
        Serve();
        return put;
    }

    /// <summary>Takes <paramref name="amount"/>, waiting for enough level if needed; yield the result to wait.</summary>
    /// <param name="amount">Positive, at most the capacity.</param>
    public ContainerRequest Get(double amount)
    {
        CheckAmount(amount);
        var get = new ContainerRequest(this, amount, isPut: false);
        _gets.Enqueue(get);
        GetQueueLength++;
        Serve();
        return get;
    }

    internal void OnCancelled(ContainerRequest request)
    {
        if (request.IsPut)
        {
            PutQueueLength--;
        }
        else
        {
            GetQueueLength--;
        }

        Serve(); // a cancelled head may have been holding others back
    }

    private void Serve()
    {
        bool moved = true;
        while (moved)
        {
            moved = false;
            while (Head(_puts) is { } put && Level + put.Amount <= Capacity)
            {
                _puts.Dequeue();
                PutQueueLength--;
                Level += put.Amount;
                put.Complete();
                moved = true;
                LevelChanged?.Invoke(this);
            }

            while (Head(_gets) is { } get && Level >= get.Amount)
            {
                _gets.Dequeue();
                GetQueueLength--;
                Level -= get.Amount;
                get.Complete();
                moved = true;
                LevelChanged?.Invoke(this);
            }
        }
    }

    private static ContainerRequest? Head(Queue<ContainerRequest> line)
    {
        while (line.TryPeek(out var head))
        {
            if (!head.IsCancelled)
            {
                return head;
            }

            line.Dequeue();
        }

        return null;
    }

    private void CheckAmount(double amount)
    {
        if (!(amount > 0 && amount <= Capacity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(amount),
                amount,
                string.Create(CultureInfo.InvariantCulture, $"An amount put into or taken from '{Name}' must be positive and at most its capacity {Capacity}."));
        }
    }
}
