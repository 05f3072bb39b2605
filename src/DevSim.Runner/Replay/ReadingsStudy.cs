using System.Diagnostics;
using DevSim.Engine;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Replay;

/// <summary>
/// Issue 21.3: the paper's headline claims under each reading of its text (docs/model.md#readings-of-the-paper)
/// and under the combinations that add the most rework, each judged as the replay's own headlines are.
/// </summary>
internal sealed record ReadingsStudy(IReadOnlyList<ReadingRun> Runs, double ElapsedSeconds)
{
    /// <summary>The readings tried, by label: each alone, then the combinations that look promising.</summary>
    public static IReadOnlyList<(string Label, ModelReadings Readings, bool AlternativeRows)> Readings { get; } =
    [
        ("default", ModelReadings.Default, false),
        ("(a) probability unscaled", new ModelReadings { ScaledProbability = false }, false),
        ("(b) amount unscaled", new ModelReadings { ScaledAmount = false }, false),
        ("(c) pending adds up", new ModelReadings { Pending = PendingRework.Sum }, false),
        ("(d) queued projects leave", new ModelReadings { QueuedProjectsLeave = true }, false),
        ("(e) rows = causing task", new ModelReadings { CausingTaskRows = true }, false),
        ("(f) rows 1 and 2 other alignment", ModelReadings.Default, true),
        ("(a) + (b)", new ModelReadings { ScaledProbability = false, ScaledAmount = false }, false),
        ("(b) + (c)", new ModelReadings { ScaledAmount = false, Pending = PendingRework.Sum }, false),
        ("(a) + (b) + (c)", new ModelReadings { ScaledProbability = false, ScaledAmount = false, Pending = PendingRework.Sum }, false),
    ];

    /// <summary>Replays the paper's experiments under each reading (only the first two in quick mode).</summary>
    public static ReadingsStudy Run(ulong seed, int threads, bool quick, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var runs = new List<ReadingRun>();
        foreach (var (label, readings, alternativeRows) in quick ? Readings.Take(2) : Readings)
        {
            progress?.Invoke(label);
            try
            {
                var results = new ReplayRunner(ReplaySettings.ReadingsRun(seed, threads, readings, alternativeRows, quick), new SilentProgress()).Run();
                runs.Add(new ReadingRun(label, readings, alternativeRows, results, ReplayHeadlines.From(results).Where(h => !h.Agreement.StartsWith("beyond", StringComparison.Ordinal)).ToList()));
            }
            catch (ReworkDivergenceException e)
            {
                // A finding, not a failure of the replay: under this reading some project's rework grows without end.
                runs.Add(new ReadingRun(label, readings, alternativeRows, null, [], e.Message));
            }
        }
        return new ReadingsStudy(runs, clock.Elapsed.TotalSeconds);
    }

    private sealed class SilentProgress : IReplayProgress, IReplayStage
    {
        public IReplayStage Begin(string name) => this;

        public void Report(double done, double total)
        {
        }

        public void Finish()
        {
        }
    }
}
