using DevSim.Engine.Simulation;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>
/// A grid point's results across its replications: means with sd and 95% CI of the replication means, one named property
/// per measure family (docs/architecture.md#results-as-measure-families).
/// </summary>
public sealed record PointSummary
{
    /// <summary>Summarises a point's cells (in any order: they are put in replication order first).</summary>
    public static PointSummary From(PlanPoint point, IEnumerable<CellResult> cells)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(cells);
        var reps = cells.OrderBy(c => c.Replication).ToList();
        if (reps.Any(c => c.Point != point.Index))
            throw new ArgumentException($"a cell of another point was given for point {point.Index}", nameof(cells));
        var overloaded = reps.Where(c => c.Overloaded is not null).ToList();
        var named = overloaded.GroupBy(c => c.Overloaded).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        string? bottleneck = null;
        double load = double.NaN, utilization = double.NaN;
        var resources = reps.FirstOrDefault()?.Resources.Count ?? 0;
        for (var r = 0; r < resources; r++)
        {
            var meanLoad = FiniteMean.Of(reps.Select(c => c.Resources[r].OfferedLoad));
            if (bottleneck is null || meanLoad > load)
            {
                bottleneck = reps[0].Resources[r].Name;
                load = meanLoad;
                utilization = FiniteMean.Of(reps.Select(c => c.Resources[r].Utilization));
            }
        }
        var duration = SampleSummary.From(reps.Select(c => c.Duration.Mean));
        var waiting = SampleSummary.From(reps.Select(c => c.Waiting));
        var rework = SampleSummary.From(reps.Select(c => c.Rework));
        var inSystem = SampleSummary.From(reps.Select(c => c.InSystem));
        if (reps.Count == 1 && reps[0].Diagnostics is { } one)
        {
            // One replication: batch means of its own run, as simulate does.
            duration = SteadyStateAnalysis.FromBatches(reps[0].Duration.Mean, one.DurationBatches);
            waiting = SteadyStateAnalysis.FromBatches(reps[0].Waiting, one.WaitingBatches);
            rework = SteadyStateAnalysis.FromBatches(reps[0].Rework, one.ReworkBatches);
            if (one.InSystemBatches.Count > 1)
                inSystem = SteadyStateAnalysis.FromBatches(reps[0].InSystem, one.InSystemBatches);
        }
        var (verdict, reasons, evidence) = Judge(point, reps, duration);
        var pooled = reps.Count > 0 && reps.All(c => c.DurationSketch is not null);
        double p50, p90, p99;
        PercentileIntervals? percentileCis = null;
        if (pooled)
        {
            // Merged in replication order, exactly as simulate pools its replications' sketches.
            var sketches = reps.Select(c => QuantileSketch.FromBuckets(c.DurationSketch!)).ToList();
            var all = new QuantileSketch();
            foreach (var sketch in sketches)
                all.Merge(sketch);
            (p50, p90, p99) = (all.Quantile(0.5), all.Quantile(0.9), all.Quantile(0.99));
            if (reps.Count > 1)
                percentileCis = PercentileIntervals.Across(sketches);
        }
        else
        {
            (p50, p90, p99) = (FiniteMean.Of(reps.Select(c => c.Duration.P50)), FiniteMean.Of(reps.Select(c => c.Duration.P90)), FiniteMean.Of(reps.Select(c => c.Duration.P99)));
        }
        return new PointSummary
        {
            Point = point,
            Replications = reps.Count,
            Duration = duration,
            Percentiles = new DurationPercentiles { P50 = p50, P90 = p90, P99 = p99, Ci95 = percentileCis },
            Waiting = waiting,
            Rework = rework,
            InSystem = inSystem,
            OverloadedReplications = overloaded.Count,
            Overloaded = named,
            Bottleneck = bottleneck,
            BottleneckLoad = load,
            BottleneckUtilization = utilization,
            PooledPercentiles = pooled,
            Verdict = verdict,
            Reasons = reasons,
            MserCut = evidence?.MserCut ?? 0,
            Trend = evidence?.Trend ?? new Trend(double.NaN, double.NaN, 0),
            RelativeHalfWidth = duration.Ci95.HalfWidth / duration.Mean,
            Types = point.Portfolio is { } setting && reps.Count > 0 && reps.All(c => c.Portfolio is not null)
                ? [.. setting.Types.Select((name, k) => PortfolioResult.Summarise(name, reps.Select(c => c.Portfolio!.Types[k].ToMeasures())))]
                : null,
            Overall = point.Portfolio is not null && reps.Count > 0 && reps.All(c => c.Portfolio is not null)
                ? PortfolioResult.Summarise("overall", reps.Select(c => c.Portfolio!.Overall.ToMeasures()))
                : null,
        };
    }

    /// <summary>The verdict of the simulated points (as simulate's, with default thresholds); isolated projects are judged on the CI width alone.</summary>
    private static (Verdict, IReadOnlyList<string>, VerdictEvidence?) Judge(PlanPoint point, List<CellResult> reps, SampleSummary duration)
    {
        var relative = duration.Ci95.HalfWidth / duration.Mean;
        var cells = reps.Where(c => c.Diagnostics is not null).ToList();
        VerdictEvidence evidence;
        if (cells.Count == 0)
        {
            evidence = new VerdictEvidence([], reps.Count, 0, int.MaxValue, 0, 0, new Trend(double.NaN, double.NaN, 0), duration.Mean, relative)
            {
                SteadyStateChecked = false,
            };
            var (v, r) = VerdictRules.Judge(evidence, new VerdictOptions());
            return (v, r, null);
        }
        var first = cells[0].Diagnostics!;
        var loads = new List<ResourceLoad>();
        for (var r = 0; r < cells[0].Resources.Count; r++)
        {
            var name = cells[0].Resources[r].Name;
            if (point.Policy == SequencingPolicy.Static || cells.Count == 1)
            {
                var pooled = new Moments();
                foreach (var c in cells)
                    pooled = pooled.Combine(c.Diagnostics!.LoadPerProject[r]);
                loads.Add(pooled.ToLoad(name));
            }
            else
            {
                var across = SampleSummary.From(cells.Select(c => c.Resources[r].OfferedLoad).Where(double.IsFinite));
                loads.Add(new ResourceLoad(name, across.Mean, across.Ci95));
            }
        }
        var bias = SteadyStateAnalysis.AveragedCut(cells.Select(c => c.Diagnostics!.Series), first.Warmup);
        evidence = new VerdictEvidence(loads, reps.Count, cells.Count(c => c.Diagnostics!.StoppedEarly), first.MaxInSystem, first.Warmup,
            bias.Cut, TrendTest.Of(SteadyStateAnalysis.Averaged(cells.Select(c => c.Diagnostics!.DurationBatches))), duration.Mean, relative)
        {
            MserShift = bias.Shift,
            Utilizations = [.. Enumerable.Range(0, loads.Count).Select(r => FiniteMean.Of(cells.Select(c => c.Resources[r].Utilization)))],
        };
        var (verdict, reasons) = VerdictRules.Judge(evidence, new VerdictOptions());
        return (verdict, reasons, evidence);
    }

    /// <summary>The grid point.</summary>
    public required PlanPoint Point { get; init; }

    /// <summary>Replications summarised.</summary>
    public required int Replications { get; init; }

    /// <summary>Project duration.</summary>
    public required SampleSummary Duration { get; init; }

    /// <summary>
    /// The duration percentiles: of the durations of every replication pooled, as <c>simulate</c> reports them, when every
    /// cell stored its sketch (<see cref="PooledPercentiles"/>), with CIs across the replications' own percentiles (null
    /// with one replication or without sketches); else the means of the replications' percentiles.
    /// </summary>
    public required DurationPercentiles Percentiles { get; init; }

    /// <summary>Waiting time per project.</summary>
    public required SampleSummary Waiting { get; init; }

    /// <summary>Rework time per project.</summary>
    public required SampleSummary Rework { get; init; }

    /// <summary>Time-average projects in the system.</summary>
    public required SampleSummary InSystem { get; init; }

    /// <summary>Replications stopped or flagged as overloaded.</summary>
    public int OverloadedReplications { get; init; }

    /// <summary>The resource named saturated most often, or null when no replication was overloaded.</summary>
    public string? Overloaded { get; init; }

    /// <summary>The resource with the highest mean offered load, or null for isolated projects.</summary>
    public string? Bottleneck { get; init; }

    /// <summary>Its mean offered load (1 or more: it cannot keep up).</summary>
    public double BottleneckLoad { get; init; } = double.NaN;

    /// <summary>Its mean utilisation.</summary>
    public double BottleneckUtilization { get; init; } = double.NaN;

    /// <summary>
    /// Whether <see cref="Percentiles"/> are pooled over every
    /// replication's durations (each cell stored its sketch); false for isolated projects and cells written before the
    /// sketches were stored, where they are the means of the replications' own percentiles.
    /// </summary>
    public bool PooledPercentiles { get; init; }

    /// <summary>stable, unsettled or overloaded, as <c>simulate</c> judges a run (default thresholds).</summary>
    public Verdict Verdict { get; init; }

    /// <summary>The verdict's reasons, plain sentences.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>MSER-5's truncation of the duration series averaged over the point's replications, in projects (0 for isolated projects).</summary>
    public long MserCut { get; init; }

    /// <summary>The trend test on the 20 post-warm-up batch means averaged over the replications.</summary>
    public Trend Trend { get; init; }

    /// <summary>The mean duration's 95% CI half-width over the mean.</summary>
    public double RelativeHalfWidth { get; init; }

    /// <summary>A portfolio point's measures per type, as <c>devsim portfolio</c> summarises them (docs/model.md#portfolio-sweeps); null for a scenario's.</summary>
    public IReadOnlyList<TypeSummary>? Types { get; init; }

    /// <summary>A portfolio point's measures over all projects (backlog wait, tardiness and on-time share among them); null for a scenario's.</summary>
    public TypeSummary? Overall { get; init; }
}
