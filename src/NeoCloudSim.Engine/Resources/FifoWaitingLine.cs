namespace NeoCloudSim.Engine.Resources;

/// <summary>First come, first served.</summary>
internal sealed class FifoWaitingLine : WaitingLine
{
    private readonly Queue<Request> _queue = new();

    public override List<Request> ToList()
    {
        var list = new List<Request>(Count);
        foreach (var r in _queue)
        {
            if (r.RequestState == RequestState.Waiting)
            {
                list.Add(r);
            }
        }

        return list;
    }

    protected override void Enqueue(Request request) => _queue.Enqueue(request);

    protected override bool TryPeekRaw(out Request head) => _queue.TryPeek(out head!);

    protected override void DequeueRaw() => _queue.Dequeue();
}
