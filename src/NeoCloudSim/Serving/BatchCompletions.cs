namespace NeoCloudSim.Serving;

/// <summary>
/// When each request of a replica's decoding batch has all its tokens, by batch position: the step count at which
/// it is done, and a min-heap over the positions so that the first to be done, and the positions done at a step, are
/// found without visiting the whole batch.
/// </summary>
/// <remarks>
/// The batch removes a done request by moving its last request into the freed position (swap-removal), visiting
/// positions from the highest down, so the order in which requests complete, and where the others end up, is what a
/// scan of the batch from its end would give. <see cref="TakeDone"/> hands the done positions in that order
/// (highest first: the requests moved into freed positions come from above and are never done themselves), and
/// <see cref="Moved"/> keeps the heap right as requests move.
/// </remarks>
internal sealed class BatchCompletions
{
    private readonly long[] _doneAt; // by batch position
    private readonly int[] _heap; // batch positions, earliest done first
    private readonly int[] _heapIndex; // by batch position: where it is in the heap
    private int _count;

    /// <summary>Creates the record of a batch of at most <paramref name="capacity"/> requests.</summary>
    public BatchCompletions(int capacity)
    {
        _doneAt = new long[capacity];
        _heap = new int[capacity];
        _heapIndex = new int[capacity];
    }

    /// <summary>Requests in the batch.</summary>
    public int Count => _count;

    /// <summary>The step at which the first request is done; <see cref="long.MaxValue"/> for an empty batch.</summary>
    public long First => _count > 0 ? _doneAt[_heap[0]] : long.MaxValue;

    /// <summary>The step at which the request at <paramref name="position"/> is done.</summary>
    public long DoneAt(int position) => _doneAt[position];

    /// <summary>A request joins the batch at the next position (<see cref="Count"/>), done at step
    /// <paramref name="doneAt"/>.</summary>
    public void Add(long doneAt)
    {
        int position = _count++;
        _doneAt[position] = doneAt;
        _heap[position] = position;
        _heapIndex[position] = position;
        SiftUp(position);
    }

    /// <summary>Takes out every request done by step <paramref name="step"/> and writes their positions into
    /// <paramref name="positions"/>, highest first: the order in which to remove them from the batch.</summary>
    /// <returns>How many are done.</returns>
    public int TakeDone(long step, Span<int> positions)
    {
        int done = 0;
        while (_count > 0 && _doneAt[_heap[0]] <= step)
        {
            positions[done++] = _heap[0];
            RemoveTop();
        }

        positions[..done].Sort(static (a, b) => b.CompareTo(a));
        return done;
    }

    /// <summary>The request at <paramref name="from"/> (the batch's last) moved to <paramref name="to"/>, a position
    /// freed by <see cref="TakeDone"/>.</summary>
    public void Moved(int from, int to)
    {
        _doneAt[to] = _doneAt[from];
        int at = _heapIndex[from];
        _heap[at] = to;
        _heapIndex[to] = at;
    }

    /// <summary>Empties the batch (its replica failed).</summary>
    public void Clear() => _count = 0;

    private void RemoveTop()
    {
        _count--;
        if (_count > 0)
        {
            _heap[0] = _heap[_count];
            _heapIndex[_heap[0]] = 0;
            SiftDown(0);
        }
    }

    private void SiftUp(int at)
    {
        int position = _heap[at];
        long key = _doneAt[position];
        while (at > 0)
        {
            int parent = (at - 1) >> 1;
            if (_doneAt[_heap[parent]] <= key)
            {
                break;
            }

            _heap[at] = _heap[parent];
            _heapIndex[_heap[at]] = at;
            at = parent;
        }

        _heap[at] = position;
        _heapIndex[position] = at;
    }

    private void SiftDown(int at)
    {
        int position = _heap[at];
        long key = _doneAt[position];
        while (true)
        {
            int child = (2 * at) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && _doneAt[_heap[child + 1]] < _doneAt[_heap[child]])
            {
                child++;
            }

            if (_doneAt[_heap[child]] >= key)
            {
                break;
            }

            _heap[at] = _heap[child];
            _heapIndex[_heap[at]] = at;
            at = child;
        }

        _heap[at] = position;
        _heapIndex[position] = at;
    }
}
