using NeoCloudSim.Serving;

namespace NeoCloudSim.Tests.Serving;

/// <summary>The heap of completions removes the same requests, in the same order, leaving the batch in the same
/// arrangement, as the scan of the batch from its end that it replaces.</summary>
public sealed class BatchCompletionsTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 64)]
    [InlineData(3, 64)]
    public void Completes_in_the_order_of_a_scan_from_the_end(int seed, int capacity)
    {
        var random = new Random(seed);
        var completions = new BatchCompletions(capacity);
        var positions = new int[capacity];
        var batch = new List<int>(); // request ids by position, as the heap's owner keeps them
        var scanned = new List<(int Id, long DoneAt)>(); // the reference: ids and done steps by position
        var heapOrder = new List<int>();
        var scanOrder = new List<int>();
        long step = 0;
        int nextId = 0;
        for (int round = 0; round < 20_000; round++)
        {
            // A prefill: a few requests join, some with the same number of tokens left (ties).
            int joining = random.Next(0, Math.Min(4, capacity - batch.Count) + 1);
            for (int i = 0; i < joining; i++)
            {
                long doneAt = step + 1 + random.Next(random.Next(2) == 0 ? 3 : 50);
                completions.Add(doneAt);
                batch.Add(nextId);
                scanned.Add((nextId, doneAt));
                nextId++;
            }

            if (batch.Count == 0)
            {
                continue;
            }

            // Decode to the first completion, or to a boundary before it.
            Assert.Equal(scanned.Min(r => r.DoneAt), completions.First);
            long first = completions.First;
            step = random.Next(3) == 0 && first - step > 1 ? step + random.Next(1, (int)(first - step)) : first;

            int done = completions.TakeDone(step, positions);
            for (int j = 0; j < done; j++)
            {
                int position = positions[j];
                heapOrder.Add(batch[position]);
                int last = batch.Count - 1;
                if (position != last)
                {
                    batch[position] = batch[last];
                    completions.Moved(last, position);
                }

                batch.RemoveAt(last);
            }

            for (int i = scanned.Count - 1; i >= 0; i--)
            {
                if (scanned[i].DoneAt <= step)
                {
                    scanOrder.Add(scanned[i].Id);
                    scanned[i] = scanned[^1];
                    scanned.RemoveAt(scanned.Count - 1);
                }
            }

            Assert.Equal(scanned.Select(r => r.Id), batch);
            Assert.Equal(scanned.Count, completions.Count);
            for (int position = 0; position < scanned.Count; position++)
            {
                Assert.Equal(scanned[position].DoneAt, completions.DoneAt(position));
            }
        }

        Assert.Equal(scanOrder, heapOrder);
        Assert.True(heapOrder.Count > 10_000, $"only {heapOrder.Count} completions: the test exercises too little");
    }

    [Fact]
    public void An_empty_batch_has_no_first_completion()
    {
        var completions = new BatchCompletions(4);
        Assert.Equal(long.MaxValue, completions.First);
        completions.Add(7);
        Assert.Equal(7, completions.First);
        completions.Clear();
        Assert.Equal(long.MaxValue, completions.First);
        Assert.Equal(0, completions.TakeDone(100, new int[4]));
    }
}
