using System.Runtime.CompilerServices;

namespace NeoCloudSim.Engine.Calendar;

/// <summary>
/// The future event list: a priority queue of scheduled events ordered by time, then by an order key (priority,
/// then insertion sequence).
/// </summary>
/// <remarks>
/// <para>A 4-ary implicit heap over an array of 24-byte keys (time, order, payload slot): shallow, cache-friendly,
/// and free of object references, so sifting entries up and down costs no GC write barriers. Who to tell and with
/// what tag lives in a separate payload table, written once when an event is scheduled and read once when it fires;
/// its slots are recycled through a free list, so a steady-state run allocates nothing.</para>
/// </remarks>
internal sealed class EventCalendar
{
    private const int InitialCapacity = 256;

    private Key[] _heap = new Key[InitialCapacity];
    private Payload[] _payloads = new Payload[InitialCapacity];
    private int[] _freeSlots = new int[InitialCapacity];
    private int _freeCount;
    private int _slotsUsed;
    private int _count;

    /// <summary>Number of entries waiting.</summary>
    public int Count => _count;

    /// <summary>Time of the earliest entry; only valid when <see cref="Count"/> is positive.</summary>
    public double PeekTime => _heap[0].Time;

    /// <summary>Adds an entry.</summary>
    public void Push(double time, long order, IEventHandler handler, long tag)
    {
        int slot = _freeCount > 0 ? _freeSlots[--_freeCount] : NewSlot();
        ref var payload = ref _payloads[slot];
        payload.Handler = handler;
        payload.Tag = tag;

        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var heap = _heap;
        int hole = _count++;
        while (hole > 0)
        {
            int parent = (hole - 1) >> 2;
            ref var p = ref heap[parent];
            if (!Before(time, order, p.Time, p.Order))
            {
                break;
            }

            heap[hole] = p;
            hole = parent;
        }

        ref var entry = ref heap[hole];
        entry.Time = time;
        entry.Order = order;
        entry.Slot = slot;
    }

    /// <summary>Removes the earliest entry. The caller checks <see cref="Count"/> first.</summary>
    /// <returns>The entry's time.</returns>
    public double Pop(out long order, out IEventHandler handler, out long tag)
    {
        var heap = _heap;
        ref var top = ref heap[0];
        double time = top.Time;
        order = top.Order;
        int slot = top.Slot;
        ref var payload = ref _payloads[slot];
        handler = payload.Handler;
        tag = payload.Tag;
        payload.Handler = null!; // let the handler be collected
        _freeSlots[_freeCount++] = slot;

        int last = --_count;
        if (last > 0)
        {
            SiftDownFromRoot(heap, heap[last], last);
        }

        return time;
    }

    private int NewSlot()
    {
        if (_slotsUsed == _payloads.Length)
        {
            Array.Resize(ref _payloads, _payloads.Length * 2);
            Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
        }

        return _slotsUsed++;
    }

    private static void SiftDownFromRoot(Key[] heap, Key moving, int count)
    {
        int hole = 0;
        while (true)
        {
            int first = (hole << 2) + 1;
            if (first >= count)
            {
                break;
            }

            int best = first;
            ref var bestKey = ref heap[first];
            int end = first + 4 < count ? first + 4 : count;
            for (int child = first + 1; child < end; child++)
            {
                ref var c = ref heap[child];
                if (Before(c.Time, c.Order, bestKey.Time, bestKey.Order))
                {
                    best = child;
                    bestKey = ref c;
                }
            }

            if (!Before(bestKey.Time, bestKey.Order, moving.Time, moving.Order))
            {
                break;
            }

            heap[hole] = bestKey;
            hole = best;
        }

        heap[hole] = moving;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(double time, long order, double otherTime, long otherOrder) =>
        time < otherTime || (time == otherTime && order < otherOrder);

    /// <summary>What the heap orders: when, in what order among equals, and where the payload is.</summary>
    private struct Key
    {
        public double Time;
        public long Order;
        public int Slot;
    }

    /// <summary>Whom to tell and what to tell them.</summary>
    private struct Payload
    {
        public IEventHandler Handler;
        public long Tag;
    }
}
