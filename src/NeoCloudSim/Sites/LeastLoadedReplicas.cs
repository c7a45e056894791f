namespace NeoCloudSim.Sites;

/// <summary>
/// Which replica of a site an arriving request wakes: the least loaded replica with room, the first in site order
/// among equals (so an idle replica, load 0, whenever there is one). Kept up to date as loads change, so an arrival
/// finds it at once instead of scanning every replica.
/// </summary>
/// <remarks>
/// A tournament tree over the replicas' keys (requests held when the replica has room, else "no room"): each
/// inner node holds the winner of its two children by (key, position), so the root is the answer, and a change of
/// one key replays only the matches on its path, O(log replicas).
/// </remarks>
internal sealed class LeastLoadedReplicas
{
    /// <summary>The key of a replica that cannot take a request (down, reserved or full).</summary>
    public const int NoRoom = int.MaxValue;

    private int[] _keys = new int[2];
    private int[] _winners = [-1, -1]; // inner nodes 1.._leaves-1, node n with children 2n and 2n + 1; node _leaves + i is replica i
    private int _leaves = 2;
    private int _count;

    /// <summary>Replicas tracked.</summary>
    public int Count => _count;

    /// <summary>Position of the replica to wake, or -1 when none has room.</summary>
    public int Best => _winners[1] is var best && best >= 0 && _keys[best] != NoRoom ? best : -1;

    /// <summary>Tracks one more replica (the next position), with no room until <see cref="Set"/> says otherwise.</summary>
    public void Add()
    {
        if (_count == _leaves)
        {
            Grow();
        }

        int replica = _count++;
        _keys[replica] = NoRoom;
        Replay(replica);
    }

    /// <summary>Sets a replica's key: the requests it holds if it has room, else <see cref="NoRoom"/>.</summary>
    public void Set(int replica, int key)
    {
        if ((uint)replica >= (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(replica), replica, "No such replica.");
        }

        if (_keys[replica] != key)
        {
            _keys[replica] = key;
            Replay(replica);
        }
    }

    private void Replay(int replica)
    {
        int node = (_leaves + replica) >> 1;
        while (node >= 1)
        {
            _winners[node] = Winner(Leaf(2 * node), Leaf((2 * node) + 1));
            node >>= 1;
        }
    }

    /// <summary>The replica standing at <paramref name="node"/>: its winner, or the replica itself at a leaf.</summary>
    private int Leaf(int node) => node >= _leaves ? (node - _leaves < _count ? node - _leaves : -1) : _winners[node];

    private int Winner(int a, int b)
    {
        if (a < 0)
        {
            return b;
        }

        if (b < 0)
        {
            return a;
        }

        int ka = _keys[a], kb = _keys[b];
        return ka < kb || (ka == kb && a < b) ? a : b;
    }

    private void Grow()
    {
        _leaves *= 2;
        Array.Resize(ref _keys, _leaves);
        _winners = new int[_leaves];
        for (int node = _leaves - 1; node >= 1; node--)
        {
            _winners[node] = Winner(Leaf(2 * node), Leaf((2 * node) + 1));
        }
    }
}
