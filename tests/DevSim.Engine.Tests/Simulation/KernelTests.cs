using DevSim.Engine.Randomness;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>The event kernel's parts, tested like a library: ordering, ties, growth; streaming quantiles.</summary>
public class KernelTests
{
    [Fact]
    public void EventQueue_RandomTimes_ComeOutSortedWithTiesInSchedulingOrder()
    {
        var queue = new EventQueue(4);
        var rng = new SplitMix64(1);
        var scheduled = new List<(double Time, int Payload)>();
        for (var i = 0; i < 5_000; i++)
        {
            var time = Math.Floor(rng.NextDouble() * 100); // many ties
            queue.Schedule(time, i);
            scheduled.Add((time, i));
        }
        var expected = scheduled.OrderBy(e => e.Time).ThenBy(e => e.Payload).ToList(); // stable: payload = scheduling order
        var actual = new List<(double, int)>();
        while (queue.Count > 0)
            actual.Add(queue.Dequeue());
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EventQueue_InterleavedScheduleAndDequeue_AlwaysReturnsTheEarliest()
    {
        var queue = new EventQueue(2);
        var rng = new SplitMix64(2);
        var reference = new SortedSet<(double, long)>();
        long n = 0;
        for (var step = 0; step < 20_000; step++)
        {
            if (reference.Count == 0 || rng.NextDouble() < 0.55)
            {
                var t = rng.NextDouble();
                queue.Schedule(t, (int)n);
                reference.Add((t, n++));
            }
            else
            {
                var (time, payload) = queue.Dequeue();
                var min = reference.Min;
                Assert.Equal(min, (time, (long)payload));
                reference.Remove(min);
            }
            Assert.Equal(reference.Count, queue.Count); // a taken root is not counted, whether or not a schedule has filled it
        }
    }

    [Fact]
    public void EventQueue_Empty_DequeueThrows() => Assert.Throws<InvalidOperationException>(() => new EventQueue().Dequeue());

    [Fact]
    public void FifoQueue_GrowsAcrossTheWrapPoint_KeepingOrder()
    {
        var queue = new FifoQueue();
        var next = 0;
        var expect = 0;
        for (var round = 0; round < 50; round++)
        {
            for (var i = 0; i < round + 3; i++)
                queue.Enqueue(next++);
            for (var i = 0; i < round; i++)
                Assert.Equal(expect++, queue.Dequeue());
        }
        while (queue.Count > 0)
            Assert.Equal(expect++, queue.Dequeue());
        Assert.Equal(next, expect);
    }

    [Fact]
    public void PoissonArrivals_MeanInterarrival_IsTheGivenMean()
    {
        var arrivals = new PoissonArrivals(13);
        var rng = new SplitMix64(5);
        var t = arrivals.ArrivalTime(0, 0, ref rng);
        Assert.Equal(0, t);
        const int count = 200_000;
        for (var i = 1; i <= count; i++)
            t = arrivals.ArrivalTime(i, t, ref rng);
        Assert.Equal(13, t / count, 0.1); // se = 13 / sqrt(200000) ≈ 0.03
    }

    [Fact]
    public void TraceArrivals_DecreasingTimes_AreRejectedNamingTheRow()
    {
        var e = Assert.Throws<ArgumentException>(() => new TraceArrivals([0, 5, 3]));
        Assert.Contains("arrival 3: 3 comes before the previous arrival 5", e.Message, StringComparison.Ordinal);
    }
}
