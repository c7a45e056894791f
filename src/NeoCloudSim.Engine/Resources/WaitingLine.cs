namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// The queue of requests waiting for a resource, in the resource's discipline. Cancelled requests are removed
/// lazily: they stay in the underlying queue and are skipped when they reach its head.
/// </summary>
internal abstract class WaitingLine
{
    private int _count;

    /// <summary>Requests really waiting (cancelled ones excluded).</summary>
    public int Count => _count;

    public void Add(Request request)
    {
        _count++;
        Enqueue(request);
    }

    /// <summary>The next request to serve, or null when none waits.</summary>
    public Request? Peek()
    {
        while (TryPeekRaw(out var head))
        {
            if (head.RequestState == RequestState.Waiting)
            {
                return head;
            }

            DequeueRaw();
        }

        return null;
    }

    /// <summary>Removes the request that <see cref="Peek"/> returned.</summary>
    public void RemoveHead()
    {
        DequeueRaw();
        _count--;
    }

    /// <summary>Counts a waiting request as gone; it leaves the underlying queue when it reaches the head.</summary>
    public void Forget() => _count--;

    /// <summary>Snapshot of the waiting requests in service order.</summary>
    public abstract List<Request> ToList();

    protected abstract void Enqueue(Request request);

    protected abstract bool TryPeekRaw(out Request head);

    protected abstract void DequeueRaw();
}
