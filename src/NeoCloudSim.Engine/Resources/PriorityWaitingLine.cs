namespace NeoCloudSim.Engine.Resources;

/// <summary>Lowest priority value first; first come, first served among equal priorities.</summary>
internal sealed class PriorityWaitingLine : WaitingLine
{
    private readonly PriorityQueue<Request, (int Priority, long Sequence)> _queue = new();

    public override List<Request> ToList()
    {
        var all = new List<(Request Request, (int, long) Key)>(_queue.Count);
        foreach (var (request, key) in _queue.UnorderedItems)
        {
            if (request.RequestState == RequestState.Waiting)
            {
                all.Add((request, key));
            }
        }

        all.Sort((a, b) => a.Key.CompareTo(b.Key));
        var list = new List<Request>(all.Count);
        foreach (var (request, _) in all)
        {
            list.Add(request);
        }

        return list;
    }

    protected override void Enqueue(Request request) => _queue.Enqueue(request, (request.Priority, request.Sequence));

    protected override bool TryPeekRaw(out Request head) => _queue.TryPeek(out head!, out _);

    protected override void DequeueRaw() => _queue.Dequeue();
}
