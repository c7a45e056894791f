using NeoCloudSim.Engine.Calendar;

namespace NeoCloudSim.Engine.Tests.Calendar;

public sealed class EventCalendarTests
{
    private sealed class Nobody : IEventHandler
    {
        public void Handle(long tag)
        {
        }
    }

    [Fact]
    public void Pops_entries_in_time_then_order_sequence_for_random_input()
    {
        // Seed 7; 20,000 entries with times on a coarse grid so that many ties exercise the order key.
        var random = new Random(7);
        var calendar = new EventCalendar();
        var handler = new Nobody();
        var expected = new List<(double Time, long Order, long Tag)>();
        for (int i = 0; i < 20_000; i++)
        {
            double time = random.Next(0, 500);
            long order = random.Next(0, 3) * 1_000_000L + i;
            calendar.Push(time, order, handler, i);
            expected.Add((time, order, i));
        }

        expected.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Order.CompareTo(b.Order));
        foreach (var (time, order, tag) in expected)
        {
            double popped = calendar.Pop(out long poppedOrder, out _, out long poppedTag);
            Assert.Equal(time, popped);
            Assert.Equal(order, poppedOrder);
            Assert.Equal(tag, poppedTag);
        }

        Assert.Equal(0, calendar.Count);
    }

    [Fact]
    public void Interleaved_pushes_and_pops_keep_heap_order_and_recycle_slots()
    {
        var random = new Random(11);
        var calendar = new EventCalendar();
        var handler = new Nobody();
        var reference = new PriorityQueue<long, (double, long)>();
        long sequence = 0;
        double now = 0;
        for (int step = 0; step < 100_000; step++)
        {
            if (calendar.Count == 0 || random.NextDouble() < 0.5)
            {
                double time = now + Math.Floor(random.NextDouble() * 10);
                calendar.Push(time, sequence, handler, sequence);
                reference.Enqueue(sequence, (time, sequence));
                sequence++;
            }
            else
            {
                now = calendar.Pop(out _, out _, out long tag);
                reference.TryDequeue(out long expectedTag, out var key);
                Assert.Equal(expectedTag, tag);
                Assert.Equal(key.Item1, now);
            }
        }
    }
}
