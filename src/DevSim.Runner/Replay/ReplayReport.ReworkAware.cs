using static DevSim.Runner.Replay.ReplayText;

namespace DevSim.Runner.Replay;

/// <summary>The report's section on the rework-aware policy: beyond the paper, its section 6.4's open question.</summary>
internal sealed partial class ReplayReport
{
    private void ReworkAware()
    {
        Line("## Beyond the paper: the rework-aware policy (section 6.4's open question)");
        Line();
        Line("The paper ends by asking for a rule that changes the order only when the waiting it saves exceeds the rework it causes, and then picks " +
             "the alternative causing the least rework. DevSim's `rework-aware` policy is that rule: when the static choice's resource is busy, " +
             "it forecasts, for each later pending task whose resource is idle, the extra rework that starting it now would cause (first order, " +
             "from both rework matrices and the project's state: what is done and what is pending, with the larger-amount rule), takes the " +
             "alternative with the least, and switches only when that rework is less than the expected wait for the busy resource (work in " +
             "service and queued, divided by its capacity). It has no tuning constant. The estimate and its assumptions are in " +
             "`docs/model.md#rework-aware-sequencing`. It runs on the same seeds as static and dynamic, so all three are compared replication by replication.");
        Line();
        Line("The bar it must clear: never longer than the better of static and dynamic beyond the paired 95% CI, and clearly shorter than both " +
             "somewhere. Its curve is the third one on Figures 7, 8 and 10 above.");
        Line();
        ReworkAwareTable("### The optical mouse (paper's optimal sequence)", GridExperiment.Mouse, results.Settings.MouseGrid, null);
        ReworkAwareTable("### The balanced process (paper's optimal sequence)", GridExperiment.Balanced, results.Settings.BalancedGrid, null);
        foreach (var process in results.Further)
        {
            Line($"### {(process.Experiment == GridExperiment.RandomDsm ? "A random DSM" : "A strongly coupled process")} (DevSim's own)");
            Line();
            Line($"The process: {process.Description}. Every policy starts from DevSim's GA optimum for it, {Ids(process.Optimum.Sequence)} " +
                 $"({MeanCi(process.Optimum.Evaluation.Duration)} days alone against {F(process.Optimum.BaseWork, 1)} days of work without rework), " +
                 $"and the interarrival times put the static sequence's busiest resource ({process.Optimum.Bottleneck.Name}) at offered loads " +
                 $"{string.Join(", ", process.Loads.Select(l => F(l, 2)))}. {results.Settings.FurtherReplications} replications per point.");
            Line();
            Line(Plot(process.Experiment == GridExperiment.RandomDsm ? ReplayPlots.RandomDsm : ReplayPlots.Coupled, process.Scenario.Name));
            Line();
            ReworkAwareTable(null, process.Experiment, process.Grid, process.Loads);
        }
        ReworkAwareVerdicts();
    }

    private void ReworkAwareTable(string? title, GridExperiment experiment, IReadOnlyList<double> grid, IReadOnlyList<double>? loads)
    {
        var comparisons = results.ReworkAwareComparisons(experiment);
        if (comparisons.Count == 0)
            return;
        if (title is not null)
        {
            Line(title);
            Line();
        }
        Head("interarrival", "static", "dynamic", "rework-aware", "rework-aware − better (paired)", "verdict", "rework per project: static / dynamic / rework-aware");
        foreach (var c in comparisons)
        {
            var load = loads is null ? "" : $" (load {F(loads[grid.ToList().IndexOf(c.Interarrival)], 2)})";
            Row(N(c.Interarrival) + load, PointText(c.Static), PointText(c.Dynamic), PointText(c.ReworkAware),
                c.Verdict == ReworkAwareVerdict.Overloaded || c.ReworkAware.Overloaded ? "" : $"{MeanCi(c.VersusBetter)} vs {ReplayData.Policy(c.Better!.Policy)}",
                ReplayData.VerdictName(c.Verdict), $"{F(c.Rework.Static)} / {F(c.Rework.Dynamic)} / {F(c.Rework.ReworkAware)}");
        }
        Line();
        Line($"- Shorter than both at {Runs(comparisons.Where(ReworkAwareVerdict.ShorterThanBoth), grid)}; as short as the better at " +
             $"{Runs(comparisons.Where(ReworkAwareVerdict.AsShortAsTheBetter), grid)}; longer than the better at " +
             $"{Runs(comparisons.Where(ReworkAwareVerdict.LongerThanTheBetter), grid)}; all three overloaded at {Runs(comparisons.Where(ReworkAwareVerdict.Overloaded), grid)}.");
        foreach (var c in comparisons.Where(c => c.Verdict == ReworkAwareVerdict.LongerThanTheBetter))
            Line($"- **Longer at {N(c.Interarrival)}.** {WhyLonger(c)}");
        Line();
    }

    /// <summary>An account of one loss from the point's own measurements.</summary>
    private static string WhyLonger(ReworkAwareComparison c)
    {
        var better = c.Better!;
        var name = ReplayData.Policy(better.Policy);
        if (c.ReworkAware.Overloaded)
            return $"The rework-aware run is overloaded ({c.ReworkAware.Result.Unstable}, load {F(c.ReworkAware.Result.UnstableLoad, 3)}) where {name} is stable.";
        var busiest = c.BusiestResource;
        var betterLoad = better == c.Dynamic ? busiest.Dynamic : busiest.Static;
        var betterRework = better == c.Dynamic ? c.Rework.Dynamic : c.Rework.Static;
        var text = $"Per project it reworks {F(c.Rework.ReworkAware)} days against {name}'s {F(betterRework)}, and waits {F(c.ReworkAware.Result.Waiting.Mean)} " +
                   $"against {F(better.Result.Waiting.Mean)}. Its busiest resource, {busiest.Resource}, carries an offered load of {F(busiest.ReworkAware, 3)} " +
                   $"against {F(betterLoad, 3)} under {name}.";
        if (busiest.ReworkAware > betterLoad && busiest.ReworkAware < 1 && betterLoad < 1)
        {
            text += $" Near saturation a queue's wait scales like 1/(1 − ρ): {F(1 / (1 - busiest.ReworkAware), 1)} against {F(1 / (1 - betterLoad), 1)}, so a " +
                    "small shift of rework onto the bottleneck costs more waiting than a larger amount of rework saved elsewhere. The forecast counts a " +
                    "day of rework the same on every resource; on a nearly saturated one it is worth far more. That is the estimate's blind spot, " +
                    "left visible rather than tuned away.";
        }
        return text;
    }

    private void ReworkAwareVerdicts()
    {
        var experiments = ReplayData.ReworkAwareExperiments(results).ToList();
        var all = experiments.SelectMany(e => results.ReworkAwareComparisons(e).Select(c => (e, c))).ToList();
        var losses = all.Where(x => x.c.Verdict == ReworkAwareVerdict.LongerThanTheBetter).ToList();
        var wins = all.Where(x => x.c.Verdict == ReworkAwareVerdict.ShorterThanBoth).ToList();
        Line("### Against the bar");
        Line();
        Line($"- Never longer than the better of static and dynamic beyond the CI: {(losses.Count == 0 ? "met at every point of every grid" : "**not met** at " + Places(losses))}.");
        Line($"- Clearly shorter than both somewhere: {(wins.Count == 0 ? "**not met**" : "met, at " + Places(wins))}.");
        Line();
    }

    private string Places(IEnumerable<(GridExperiment Experiment, ReworkAwareComparison Comparison)> points) =>
        string.Join("; ", points.GroupBy(x => x.Experiment).Select(g =>
            $"{ReplayData.Experiment(g.Key)} {Runs([.. g.Select(x => x.Comparison.Interarrival)], GridOf(g.Key))}"));

    private IReadOnlyList<double> GridOf(GridExperiment experiment) => experiment switch
    {
        GridExperiment.Mouse => results.Settings.MouseGrid,
        GridExperiment.Balanced => results.Settings.BalancedGrid,
        GridExperiment.Worst => results.Settings.WorstGrid,
        _ => results.Further.First(f => f.Experiment == experiment).Grid,
    };
}
