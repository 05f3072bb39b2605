using DevSim.Runner.Workbench;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>The run queue: first come, first served, each waiting run told its place, a cancelled waiter gone at once.</summary>
public class RunQueueTests
{
    [Fact]
    public async Task Waiting_runs_start_in_arrival_order_and_hear_their_places_move_forward()
    {
        var queue = new RunQueue(1);
        var first = await queue.EnterAsync(_ => Assert.Fail("a free slot has no place"), CancellationToken.None);
        var places = Enumerable.Range(0, 3).Select(_ => new List<int>()).ToArray();
        var started = new List<int>();
        var waiting = Enumerable.Range(0, 3).Select(async k =>
        {
            using var slot = await queue.EnterAsync(p => { lock (places) places[k].Add(p); }, CancellationToken.None);
            lock (started)
                started.Add(k);
        }).ToList();
        Assert.Equal((1, 3), (queue.Active, queue.Waiting));
        Assert.Equal([[1], [2], [3]], places.Select(p => p.ToArray()));
        first.Dispose();
        await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([0, 1, 2], started);
        Assert.Equal([[1], [2, 1], [3, 2, 1]], places.Select(p => p.ToArray()));
        Assert.Equal((0, 0), (queue.Active, queue.Waiting));
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_and_those_behind_it_move_up()
    {
        var queue = new RunQueue(1);
        using var first = await queue.EnterAsync(_ => { }, CancellationToken.None);
        using var leave = new CancellationTokenSource();
        var leaver = queue.EnterAsync(_ => { }, leave.Token);
        var behind = new List<int>();
        var stayer = queue.EnterAsync(p => { lock (behind) behind.Add(p); }, CancellationToken.None);
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaver);
        Assert.Equal(1, queue.Waiting);
        Assert.Equal([2, 1], behind);
        first.Dispose();
        (await stayer.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        Assert.Equal((0, 0), (queue.Active, queue.Waiting));
    }
}
