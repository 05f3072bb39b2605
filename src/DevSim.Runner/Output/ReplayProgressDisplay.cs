using System.Diagnostics;
using DevSim.Runner.Replay;
using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>Shows the replay's stages: progress bars on a terminal, one line per finished stage elsewhere (logs, CI).</summary>
internal static class ReplayProgressDisplay
{
    public static T Run<T>(IAnsiConsole console, Func<IReplayProgress, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work(new Lines(console));
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx => result = work(new Bars(ctx)));
        return result;
    }

    private sealed class Bars(ProgressContext context) : IReplayProgress
    {
        public IReplayStage Begin(string name) => new Bar(context.AddTask(Markup.Escape(name), maxValue: 1));
    }

    private sealed class Bar(ProgressTask task) : IReplayStage
    {
        public void Report(double done, double total)
        {
            if (total <= 0)
                return;
            task.MaxValue = total;
            task.Value = Math.Min(done, total);
        }

        public void Finish()
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    private sealed class Lines(IAnsiConsole console) : IReplayProgress
    {
        public IReplayStage Begin(string name) => new Line(console, name);
    }

    private sealed class Line(IAnsiConsole console, string name) : IReplayStage
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Report(double done, double total)
        {
        }

        public void Finish()
        {
            lock (console)
                console.WriteLine($"{name}: done in {_clock.Elapsed.TotalSeconds:F1} s");
        }
    }
}
