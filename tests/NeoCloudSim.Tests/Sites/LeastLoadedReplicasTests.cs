using NeoCloudSim.Sites;

namespace NeoCloudSim.Tests.Sites;

/// <summary>The index chooses the replica the scan it replaces chose: the first idle one, else the least loaded with room.</summary>
public sealed class LeastLoadedReplicasTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 8)]
    [InlineData(4, 100)]
    public void Chooses_as_the_scan_over_every_replica(int seed, int replicas)
    {
        var random = new Random(seed);
        var index = new LeastLoadedReplicas();
        var keys = new List<int>();
        for (int step = 0; step < 20_000; step++)
        {
            if (keys.Count < replicas && (keys.Count == 0 || random.NextDouble() < 0.01))
            {
                index.Add();
                keys.Add(LeastLoadedReplicas.NoRoom);
            }
            else
            {
                int replica = random.Next(keys.Count);
                int key = random.NextDouble() < 0.1 ? LeastLoadedReplicas.NoRoom : random.Next(4); // few loads: many ties
                index.Set(replica, key);
                keys[replica] = key;
            }

            Assert.Equal(Scan(keys), index.Best);
        }

        Assert.Equal(replicas, index.Count);
    }

    [Fact]
    public void Nothing_to_wake_without_replicas_or_room()
    {
        var index = new LeastLoadedReplicas();
        Assert.Equal(-1, index.Best);
        index.Add();
        Assert.Equal(-1, index.Best);
        index.Set(0, 0);
        Assert.Equal(0, index.Best);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Set(1, 0));
    }

    /// <summary>The scan Site.WakeOne used: the first idle replica, else the first of the least loaded with room.</summary>
    private static int Scan(List<int> keys)
    {
        int best = -1;
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] == 0)
            {
                return i;
            }

            if (keys[i] != LeastLoadedReplicas.NoRoom && (best < 0 || keys[i] < keys[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
