using DevSim.Engine.Simulation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>
/// The future-event list against a plain reference, a sorted set of (time, scheduling order), on
/// random bursts of schedules and removals that cross the sorted array's limit both ways and
/// produce many equal times.
/// </summary>
public class EventQueuePropertyTests
{
    /// <summary>One step: clear or not, schedule events at these offsets from now, then take some.</summary>
    public sealed record Burst(bool Clear, double[] Offsets, int Dequeues);

    // Offsets of 0 to 3 whole units make ties with each other and with now; the rest rarely tie.
    private static readonly Gen<double> Offset = Gen.OneOf(
        Gen.Choose(0, 3).Select(i => (double)i),
        Gen.Choose(0, 1_000_000).Select(i => i / 1_000.0));

    // Bursts of up to 2 x SmallLimit events push the list past the limit and drain it back.
    private static readonly Gen<Burst> Bursts =
        from clear in Gen.Choose(0, 19).Select(i => i == 0)
        from schedules in Gen.Choose(0, 2 * EventQueue.SmallLimit)
        from offsets in Gen.ArrayOf(Offset, schedules)
        from dequeues in Gen.Choose(0, 2 * EventQueue.SmallLimit)
        select new Burst(clear, offsets, dequeues);

    [Property(MaxTest = 300)]
    public Property EventQueue_AnyBursts_ComeOutInTimeThenSchedulingOrder() =>
        Prop.ForAll(Gen.ListOf(Bursts).ToArbitrary(), bursts => MatchesReference(bursts));

    [Fact]
    public void EventQueue_EqualTimesAcrossTheLimit_ComeOutInSchedulingOrder()
    {
        // Every event at one time, more than the array holds: only the scheduling order separates them.
        var bursts = new[] { new Burst(false, new double[3 * EventQueue.SmallLimit], EventQueue.SmallLimit + 3) };
        Assert.True(MatchesReference(bursts));
    }

    [Fact]
    public void EventQueue_SteadyUseAcrossTheLimit_AllocatesNothing()
    {
        var queue = new EventQueue(4);
        Cycle(queue, 4 * EventQueue.SmallLimit); // grows the heap once
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            Cycle(queue, 4 * EventQueue.SmallLimit);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        // Fills to `peak` events (array, then heap) with a take and a schedule at each size, then drains.
        static void Cycle(EventQueue queue, int peak)
        {
            for (var n = 0; n < peak; n++)
            {
                queue.Schedule(n % 7, n);
                queue.Schedule(n % 5, n);
                var (time, payload) = queue.Dequeue();
                queue.Schedule(time + 1, payload);
                queue.Dequeue();
            }
            while (queue.Count > 0)
                queue.Dequeue();
        }
    }

    /// <summary>Runs <paramref name="bursts"/> on a queue and the reference; true when every taken event and every count agree.</summary>
    private static bool MatchesReference(IEnumerable<Burst> bursts)
    {
        var queue = new EventQueue(4);
        var reference = new SortedSet<(double Time, int Order)>();
        var order = 0;
        var now = 0.0;
        foreach (var burst in bursts)
        {
            if (burst.Clear)
            {
                queue.Clear();
                reference.Clear();
            }
            foreach (var offset in burst.Offsets)
            {
                queue.Schedule(now + offset, order);
                reference.Add((now + offset, order++));
            }
            for (var d = 0; d < burst.Dequeues && reference.Count > 0; d++)
            {
                if (!TakeAgrees(queue, reference, ref now))
                    return false;
            }
            if (queue.Count != reference.Count)
                return false;
        }
        while (reference.Count > 0)
        {
            if (!TakeAgrees(queue, reference, ref now))
                return false;
        }
        return queue.Count == 0;
    }

    private static bool TakeAgrees(EventQueue queue, SortedSet<(double Time, int Order)> reference, ref double now)
    {
        var earliest = reference.Min;
        reference.Remove(earliest);
        var taken = queue.Dequeue();
        now = taken.Time;
        return taken == earliest && queue.Count == reference.Count;
    }
}
