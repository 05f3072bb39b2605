using System.Diagnostics;
using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>
/// Progress of many like runs (a sweep's cells, sensitivity's changed processes): a bar with runs done, rate and time
/// left on a terminal; elsewhere (batch logs, pipes) a line now and then, so a log shows the job is alive.
/// </summary>
internal static class CellProgressDisplay
{
    /// <param name="console">The console a bar is drawn on.</param>
    /// <param name="total">Runs to do.</param>
    /// <param name="work">The work, given what to call after each run.</param>
    /// <param name="command">The command named on each line ("sweep").</param>
    /// <param name="unit">What is counted ("cells").</param>
    /// <param name="lines">Where the lines go without a terminal: null for the console (a sweep's log), or standard error
    /// where standard output holds a table or JSON.</param>
    public static void Run(IAnsiConsole console, int total, Action<Action> work, string command = "sweep", string unit = "cells", TextWriter? lines = null)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        string Status(int n)
        {
            var rate = n / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            var left = rate > 0 ? TimeSpan.FromSeconds((total - n) / rate) : TimeSpan.Zero;
            return $"{n:N0}/{total:N0} {unit}, {rate:F1} {unit}/s, about {Numbers.Duration(left)} left";
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
                        if (lines is null)
                            console.WriteLine($"{command}: {Status(n)}");
                        else
                            lines.WriteLine($"{command}: {Status(n)}");
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
                var task = ctx.AddTask(unit, maxValue: Math.Max(total, 1));
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
