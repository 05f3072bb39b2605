using System.Text.Json;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>Alone in the test run, so that its memory reading sees only the workbench's own allocations.</summary>
[CollectionDefinition(nameof(WorkbenchLoad), DisableParallelization = true)]
public sealed class WorkbenchLoad;

/// <summary>
/// Twenty users at once on loopback (bounded in count and time): each gets its answer or a place in the queue, never an
/// error; no more runs work at once than allowed; users who disconnect leave no run behind; memory comes back.
/// </summary>
[Collection(nameof(WorkbenchLoad))]
public class WorkbenchLoadTests
{
    private const int Users = 20;
    private const int Leavers = 5;

    [Fact]
    public async Task Twenty_users_at_once_get_answers_or_queue_places_and_leavers_leave_nothing_behind()
    {
        await using var host = await WorkbenchHost.StartAsync(maxRuns: 2);
        var mouse = await host.DraftAsync();
        var options = new Dictionary<string, string> { ["--interarrival"] = "16", ["--projects"] = "600", ["--reps"] = "2" };
        // One run first: the code paths, fonts and figure caches are then loaded before memory is read.
        Assert.Contains(await host.RunAsync("simulate", mouse, options), e => e.GetProperty("event").GetString() == "finished");
        var before = Memory();
        var keptBefore = host.Runs.Store.Count;

        var most = 0;
        using var watching = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                most = Math.Max(most, host.Runs.Queue.Active);
                await Task.Delay(5);
            }
        });
        var stayers = Enumerable.Range(0, Users - Leavers).Select(u => host.RunAsync("simulate", mouse,
            new Dictionary<string, string>(options) { ["--seed"] = (u + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        var leavers = Enumerable.Range(0, Leavers).Select(async _ =>
        {
            // Leaves as soon as it hears anything: queued or started. Its run (20 million projects, minutes of work) cannot
            // finish before the server hears the connection close, so a kept run means a leaver's run was not cancelled.
            using var stream = await host.OpenRunAsync("simulate", mouse, new Dictionary<string, string>(options) { ["--projects"] = "200000", ["--reps"] = "100" });
            Assert.NotNull(await stream.UntilAsync(null, TimeSpan.FromSeconds(60)));
        }).ToList();
        var answers = await Task.WhenAll(stayers).WaitAsync(TimeSpan.FromMinutes(4));
        await Task.WhenAll(leavers).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(await host.IdleWithinAsync(TimeSpan.FromSeconds(60)), "runs of users who left are still working or waiting");
        await watching.CancelAsync();
        await watcher;

        foreach (var events in answers)
        {
            var names = events.Select(e => e.GetProperty("event").GetString()).ToList();
            Assert.DoesNotContain("failed", names);
            Assert.Equal("finished", names[^1]);
            var places = events.Where(e => e.GetProperty("event").GetString() == "queued").Select(e => e.GetProperty("place").GetInt32()).ToList();
            Assert.All(places, p => Assert.InRange(p, 1, Users));
            Assert.Equal(places.OrderByDescending(p => p), places); // a place only ever moves forward
        }
        Assert.InRange(most, 1, 2);
        Assert.Equal(keptBefore + Users - Leavers, host.Runs.Store.Count);
        Assert.Equal(host.Runs.Store.Count, Directory.GetDirectories(host.Runs.Store.Root).Length);
        var after = Memory();
        Assert.True(after <= before * 1.2, $"managed memory after the load {after:N0} bytes, before {before:N0}: more than 20% above");
    }

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
