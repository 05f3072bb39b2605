using System.Diagnostics;
using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>
/// Progress of a sweep: a bar with cells done, rate and time left on a terminal; elsewhere (batch
/// logs) a line now and then, so a scheduler's log shows the job is alive.
/// </summary>
internal static class CellProgressDisplay
{
    public static void Run(IAnsiConsole console, int total, Action<Action> work)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        string Status(int n)
        {
            var rate = n / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            var left = rate > 0 ? TimeSpan.FromSeconds((total - n) / rate) : TimeSpan.Zero;
            return $"{n:N0}/{total:N0} cells, {rate:F1} cells/s, about {Numbers.Duration(left)} left";
        }
        if (!console.Profile.Capabilities.Interactive)
        {
            // A line at each tenth, but not more than one every 2 s, and at least one a minute.
            var step = Math.Max(1, total / 10);
            var last = TimeSpan.Zero;
            work(() =>
            {
                var n = Interlocked.Increment(ref done);
                lock (console)
                {
                    var since = clock.Elapsed - last;
                    if (n == total || (n % step == 0 && since.TotalSeconds >= 2) || since.TotalSeconds >= 60)
                    {
                        last = clock.Elapsed;
                        console.WriteLine($"sweep: {Status(n)}");
                    }
                }
            });
            return;
        }
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("cells", maxValue: Math.Max(total, 1));
                work(() =>
                {
                    var n = Interlocked.Increment(ref done);
                    task.Value = n;
                    task.Description = Markup.Escape(Status(n));
                });
                task.Value = task.MaxValue;
            });
    }
}
