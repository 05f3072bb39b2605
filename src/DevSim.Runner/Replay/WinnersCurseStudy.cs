using System.Diagnostics;
using DevSim.Engine.Fidelity;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Replay;

/// <summary>
/// Issue 21.1, the winner's curse measured: the paper's GA with K replications behind each fitness
/// value, for each K, noise mode, objective and seed, on the optical mouse.
/// </summary>
internal sealed record WinnersCurseStudy(WinnersCurseSettings Settings, IReadOnlyList<WinnersCurseRow> Rows, double ElapsedSeconds)
{
    /// <summary>Runs the grid; <paramref name="progress"/> hears the number of searches done so far.</summary>
    public static WinnersCurseStudy Run(WinnersCurseSettings settings, Action<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var emulation = new WinnersCurseEmulation(ScenarioReader.LoadBuiltIn("optical-mouse"));
        var rows = new List<WinnersCurseRow>();
        foreach (var (k, seeds) in settings.Grid)
        {
            foreach (var noise in Enum.GetValues<NoiseMode>())
            {
                foreach (var objective in new[] { Objective.Minimize, Objective.Maximize })
                {
                    for (var s = 0; s < seeds; s++)
                    {
                        // Seed s is the same search at every K and noise mode: only K and the noise differ.
                        var search = settings.Search with { Objective = objective, Seed = SeedMixer.Derive(settings.Search.Seed, (ulong)s) };
                        var outcome = emulation.Run(new WinnersCurseOptions
                        {
                            Search = search,
                            Replications = k,
                            Noise = noise,
                            FreshReplications = settings.FreshReplications,
                        });
                        rows.Add(new WinnersCurseRow(k, noise, objective, s, outcome));
                        progress?.Invoke(rows.Count);
                    }
                }
            }
        }
        return new WinnersCurseStudy(settings, rows, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The rows of one K, noise mode and objective.</summary>
    public IReadOnlyList<WinnersCurseRow> Cell(int replications, NoiseMode noise, Objective objective) =>
        [.. Rows.Where(r => r.Replications == replications && r.Noise == noise && r.Objective == objective)];

    /// <summary>Whether the printed means of one cell span <paramref name="value"/> (lowest ≤ value ≤ highest).</summary>
    public bool Covers(int replications, NoiseMode noise, Objective objective, double value, Func<WinnersCurseOutcome, double> measure)
    {
        var values = Cell(replications, noise, objective).Select(r => measure(r.Outcome)).Where(double.IsFinite).ToList();
        return values.Count > 0 && values.Min() <= value && value <= values.Max();
    }

    /// <summary>The K whose spread of printed means covers both of Table 3's values under <paramref name="noise"/>.</summary>
    public IReadOnlyList<int> CoveringBoth(NoiseMode noise) =>
        [.. Settings.Grid.Select(g => g.Replications).Where(k =>
            Covers(k, noise, Objective.Minimize, PaperResults.OptimalMean, o => o.PrintedMean)
            && Covers(k, noise, Objective.Maximize, PaperResults.WorstMean, o => o.PrintedMean))];

    /// <summary>The K whose spreads cover both Table 3's means and both its standard deviations under <paramref name="noise"/>.</summary>
    public IReadOnlyList<int> CoveringMeansAndSds(NoiseMode noise) =>
        [.. CoveringBoth(noise).Where(k =>
            Covers(k, noise, Objective.Minimize, PaperResults.OptimalSd, o => o.PrintedStandardDeviation)
            && Covers(k, noise, Objective.Maximize, PaperResults.WorstSd, o => o.PrintedStandardDeviation))];

    /// <summary>
    /// Among the K with an sd to print (K ≥ 2, as the paper printed one), the K whose seeds' median
    /// printed mean lies nearest <paramref name="paper"/>, that median, and the share of seeds that
    /// printed a value at least as extreme as the paper's (at or below a minimum, at or above a maximum).
    /// </summary>
    public (int K, double Median, double ShareBeyond) Nearest(NoiseMode noise, Objective objective, double paper)
    {
        var best = (K: 0, Median: double.NaN, ShareBeyond: double.NaN);
        foreach (var (k, _) in Settings.Grid.Where(g => g.Replications >= 2))
        {
            var values = Cell(k, noise, objective).Select(r => r.Outcome.PrintedMean).Order().ToList();
            if (values.Count == 0)
                continue;
            var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
            if (double.IsNaN(best.Median) || Math.Abs(median - paper) < Math.Abs(best.Median - paper))
            {
                var beyond = values.Count(v => objective == Objective.Minimize ? v <= paper : v >= paper);
                best = (k, median, (double)beyond / values.Count);
            }
        }
        return best;
    }

    /// <summary>Whether under <paramref name="noise"/> some K ≥ 2 has a median printed value within <paramref name="tolerance"/> (relative) of each of Table 3's values.</summary>
    public bool Fits(NoiseMode noise, double tolerance = 0.01) =>
        Math.Abs(Nearest(noise, Objective.Minimize, PaperResults.OptimalMean).Median / PaperResults.OptimalMean - 1) <= tolerance
        && Math.Abs(Nearest(noise, Objective.Maximize, PaperResults.WorstMean).Median / PaperResults.WorstMean - 1) <= tolerance;
}
