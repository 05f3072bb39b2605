using System.Diagnostics;
using DevSim.Engine.Capacity;
using DevSim.Runner.Cli;
using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>
/// Progress of a capacity search or plan: a status line with the stage, the simulations done and the latest point on a
/// terminal; elsewhere a line on the error stream at most every <see cref="LogInterval"/> (none for runs shorter than that),
/// so a batch log shows the job is alive while the output stays the report alone.
/// </summary>
internal static class CapacityProgressDisplay
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="work"/> for a command: on the console as above, or, for a host that watches the command
    /// (<see cref="CommandContext.Progress"/>: the workbench), telling it the simulations done against the search's budget
    /// of <paramref name="budget"/> (the bar may end early: a bisection stops when its bracket is narrow enough). Either
    /// way it stops between simulations once <see cref="CommandContext.Cancellation"/> is cancelled.
    /// </summary>
    public static T Run<T>(CommandContext context, int budget, Func<IProgress<CapacityProgress>, T> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (context.Progress is not { } host)
            return Run(context.Console, context.Error, progress => work(new Progress(p =>
            {
                context.Cancellation.ThrowIfCancellationRequested();
                progress.Report(p);
            })));
        var done = 0;
        return work(new Progress(p =>
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (p.Latest is not null)
                host.Report(Math.Min(1, ++done / (double)Math.Max(1, budget)));
        }));
    }

    public static T Run<T>(IAnsiConsole console, TextWriter log, Func<IProgress<CapacityProgress>, T> work)
    {
        var clock = Stopwatch.StartNew();
        static string Line(CapacityProgress p) => p.Latest is { } run
            ? $"{p.Stage}: {p.Evaluations} simulations, latest {Numbers.F(run.Interarrival, 3)} days apart -> {Numbers.F((run.Binding?.Measure ?? run.Measure).Mean, 2)}{(run.Overloaded ? " (overloaded)" : "")}"
            : p.Stage;
        if (!console.Profile.Capabilities.Interactive)
        {
            var last = TimeSpan.Zero;
            return work(new Progress(p =>
            {
                if (clock.Elapsed - last < LogInterval)
                    return;
                last = clock.Elapsed;
                lock (log)
                    log.WriteLine($"capacity: {Line(p)} ({Numbers.Duration(clock.Elapsed)})");
            }));
        }
        T result = default!;
        console.Status().Start("starting", context =>
            result = work(new Progress(p => context.Status(Markup.Escape($"{Line(p)} ({Numbers.Duration(clock.Elapsed)})")))));
        return result;
    }

    /// <summary>
    /// <paramref name="progress"/> with every stage's first word (the policy the search or plan names) replaced by
    /// <paramref name="label"/>: a portfolio's searches run per discipline, each type on its own policy.
    /// </summary>
    public static IProgress<CapacityProgress> Relabel(IProgress<CapacityProgress> progress, string label) =>
        new Progress(p => progress.Report(p with { Stage = label + (p.Stage.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? p.Stage[colon..] : ": " + p.Stage) }));

    /// <summary>Reports on the calling thread (IProgress's own implementation posts to a context, which a console app lacks).</summary>
    private sealed class Progress(Action<CapacityProgress> report) : IProgress<CapacityProgress>
    {
        public void Report(CapacityProgress value) => report(value);
    }
}
