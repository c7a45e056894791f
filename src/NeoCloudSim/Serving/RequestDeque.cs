namespace NeoCloudSim.Serving;

/// <summary>A double-ended ring buffer of requests: FIFO at the back, failures' requeues at the front.</summary>
internal sealed class RequestDeque
{
    private InferenceRequest[] _items = new InferenceRequest[16];
    private int _head;
    private int _count;

    public int Count => _count;

    public void AddLast(InferenceRequest request)
    {
        Grow();
        _items[(_head + _count) & (_items.Length - 1)] = request;
        _count++;
    }

    public void AddFirst(InferenceRequest request)
    {
        Grow();
        _head = (_head - 1) & (_items.Length - 1);
        _items[_head] = request;
        _count++;
    }

    public InferenceRequest RemoveFirst()
    {
        var request = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        return request;
    }

    private void Grow()
    {
        if (_count < _items.Length)
        {
            return;
        }

        var larger = new InferenceRequest[_items.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            larger[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        _items = larger;
        _head = 0;
    }
}
