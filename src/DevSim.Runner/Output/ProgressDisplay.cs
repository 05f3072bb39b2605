using DevSim.Engine.Optimization;
using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>A progress bar on the console for long searches; one line per stage on <c>stderr</c> where the console is not interactive.</summary>
internal static class ProgressDisplay
{
    public static OptimizationResult Run(IAnsiConsole console, TextWriter error, Func<IProgress<OptimizationProgress>?, OptimizationResult> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work(new StageLines(error, "optimize"));
        OptimizationResult? result = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("starting", maxValue: 1);
                var reporter = new Reporter(task);
                result = work(reporter);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>Updates the bar from any thread (Spectre's task is thread-safe).</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<OptimizationProgress>
    {
        public void Report(OptimizationProgress value)
        {
            var best = double.IsNaN(value.Best) ? "" : $", best {value.Best:F3}";
            task.Description = Markup.Escape($"{value.Stage}{best}, {value.Evaluations:N0} evaluations");
            if (value.Total > 0)
            {
                task.MaxValue = value.Total;
                task.Value = Math.Min(value.Done, value.Total);
            }
        }
    }
}
