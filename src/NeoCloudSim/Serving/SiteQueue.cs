namespace NeoCloudSim.Serving;

/// <summary>
/// The requests waiting at a site: interactive ones first, batch ones only when no interactive request waits.
/// Requests that abandon stay in place and are skipped when they reach the front (lazy removal), but leave the
/// counts at once.
/// </summary>
internal sealed class SiteQueue
{
    private readonly RequestDeque _interactive = new();
    private readonly RequestDeque _batch = new();

    /// <summary>Requests really waiting.</summary>
    public int Count { get; private set; }

    public void Enqueue(InferenceRequest request, bool batch)
    {
        (batch ? _batch : _interactive).AddLast(request);
        Count++;
    }

    public void Requeue(InferenceRequest request, bool batch)
    {
        (batch ? _batch : _interactive).AddFirst(request);
        Count++;
    }

    /// <summary>Counts a waiting request as gone (it abandoned); it is skipped when it reaches the front.</summary>
    public void Forget() => Count--;

    public InferenceRequest? TakeNext() => Take(_interactive) ?? Take(_batch);

    private InferenceRequest? Take(RequestDeque line)
    {
        while (line.Count > 0)
        {
            var request = line.RemoveFirst();
            if (request.State == RequestState.Waiting)
            {
                Count--;
                return request;
            }
        }

        return null;
    }
}
