using DevSim.Engine.Simulation;

namespace DevSim.Engine.Statistics;

/// <summary>
/// Completes a multi-project result with the statistics of issue 17: duration percentiles pooled
/// from every replication's sketch (merged in replication order), their CIs across replications,
/// batch-means CIs when there is one replication, the offered loads with CIs, MSER-5, the trend
/// test and the verdict.
/// </summary>
public static class SteadyStateAnalysis
{
    /// <summary>The CI method named for one replication.</summary>
    public const string BatchMeansMethod = "batch means (20 batches)";

    /// <summary>
    /// <paramref name="result"/> with pooled percentiles, <see cref="SimulationResult.Percentiles"/> and
    /// <see cref="SimulationResult.SteadyState"/>; with one replication its duration, waiting and rework CIs
    /// (and those of the time-weighted measures) come from 20 batch means after the warm-up.
    /// </summary>
    public static SimulationResult Complete(SimulationResult result, IReadOnlyList<string> resourceNames, IReadOnlyList<int> capacities)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(resourceNames);
        ArgumentNullException.ThrowIfNull(capacities);
        var options = result.Options;
        var reps = result.Replications;
        var diagnostics = reps.Select(r => r.Diagnostics ?? throw new ArgumentException("a replication without diagnostics", nameof(result))).ToList();
        var pooled = new QuantileSketch();
        foreach (var d in diagnostics)
            pooled.Merge(d.Sketch);

        var one = reps.Count == 1;
        var duration = one ? FromBatches(reps[0].Duration.Mean, diagnostics[0].DurationBatches) : result.Duration;
        var waiting = one ? FromBatches(reps[0].Waiting, diagnostics[0].WaitingBatches) : result.Waiting;
        var rework = one ? FromBatches(reps[0].Rework, diagnostics[0].ReworkBatches) : result.Rework;
        var inSystem = result.InSystem;
        var resources = result.Resources;
        if (one && diagnostics[0].TimeWeighted is { } tw)
        {
            var rep = reps[0];
            inSystem = FromBatches(rep.InSystem, tw.InSystem);
            resources = [.. resources.Select((x, r) => x with
            {
                Utilization = FromBatches(rep.Resources[r].Utilization, tw.Utilization[r]),
                Queue = FromBatches(rep.Resources[r].Queue, tw.Queue[r]),
                Wait = FromBatches(rep.Resources[r].Wait, tw.Wait[r]),
            })];
        }
        PercentileIntervals? percentileCis = one ? null : PercentileIntervals.Across([.. diagnostics.Select(d => d.Sketch)]);

        var finite = options.Arrivals.MaxProjects;
        var loads = finite is null ? Loads(result, diagnostics, resourceNames, capacities)
            : [.. resourceNames.Select(n => new ResourceLoad(n, double.NaN, new Interval(double.NaN, double.NaN)))];
        var cuts = diagnostics.Select(d => d.MserCut).ToList();
        var bias = AveragedCut(diagnostics.Select(d => d.DurationSeries), options.EffectiveWarmup);
        var trend = TrendTest.Of(Averaged(diagnostics.Select(d => d.DurationBatches)));
        var relative = duration.Ci95.HalfWidth / duration.Mean;
        var evidence = new VerdictEvidence(loads, reps.Count, reps.Count(r => r.StoppedEarly), options.MaxProjectsInSystem,
            options.EffectiveWarmup, bias.Cut, trend, duration.Mean, relative)
        {
            MserShift = bias.Shift,
            Utilizations = [.. resources.Select(x => x.Utilization.Mean)],
            FiniteArrivals = finite,
        };
        var (verdict, reasons) = VerdictRules.Judge(evidence, options.Verdict);
        var steady = new SteadyState(verdict, reasons, options.EffectiveWarmup, bias.Cut, cuts.Max(), cuts, bias.Resolution,
            trend, relative, loads, one ? BatchMeansMethod : "replications")
        {
            MserShift = bias.Shift,
            Statuses = evidence.Statuses,
            ProjectsCounted = pooled.Count,
        };
        return result with
        {
            Duration = duration,
            Waiting = waiting,
            Rework = rework,
            InSystem = inSystem,
            Resources = resources,
            Percentiles = DurationPercentiles.Of(pooled, percentileCis),
            SteadyState = steady,
        };
    }

    /// <summary>A mean with the CI of batch means: t(b - 1) × sd(batch means) / √b around <paramref name="mean"/>.</summary>
    public static SampleSummary FromBatches(double mean, IReadOnlyList<double> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var b = batches.Count;
        if (b < 2 || !double.IsFinite(mean))
            return new SampleSummary(b, mean, double.NaN, double.NaN, new Interval(double.NaN, double.NaN));
        var summary = SampleSummary.From(batches);
        var half = summary.Ci95.HalfWidth;
        return new SampleSummary(b, mean, summary.StandardDeviation, summary.StandardError, new Interval(mean - half, mean + half));
    }

    /// <summary>
    /// MSER-5 on the duration series averaged over the replications, batch by batch, in projects, and the change
    /// in the mean its cut would make beyond <paramref name="warmup"/>: averaging keeps a transient every replication
    /// shares and cancels the slow random swings of single replications near saturation, which MSER on one replication
    /// can mistake for a transient. Series of another length (a replication stopped early) are left out.
    /// </summary>
    public static WarmupBias AveragedCut(IEnumerable<BatchMeans> series, long warmup)
    {
        // The same coarse resolution whether the series come from a run or from sweep cells, so simulate and merge agree.
        var all = series.Select(s => s.Coarsen(AveragedSeriesBatches)).ToList();
        if (all.Count == 0)
            return new WarmupBias(0, 0, 0);
        var longest = all.MaxBy(s => (s.BatchSize, s.Means.Count))!;
        var same = all.Where(s => s.BatchSize == longest.BatchSize && s.Means.Count == longest.Means.Count).ToList();
        var averaged = new double[longest.Means.Count];
        for (var i = 0; i < averaged.Length; i++)
            averaged[i] = same.Average(s => s.Means[i]);
        var batches = Mser.Truncation(averaged);
        var cut = (long)batches * longest.BatchSize;
        var averagedSeries = new BatchMeans(longest.BatchSize, averaged);
        var kept = averagedSeries.FirstBatchAfter(warmup);
        var shift = cut > warmup && batches > kept ? MeanFrom(averaged, batches) - MeanFrom(averaged, kept) : 0;
        return new WarmupBias(cut, longest.BatchSize, shift);
    }

    private static double MeanFrom(double[] means, int first)
    {
        var sum = 0.0;
        for (var i = first; i < means.Length; i++)
            sum += means[i];
        return sum / (means.Length - first);
    }

    /// <summary>
    /// The most batch means the averaged series keeps: 128, so that a sweep cell can carry its series
    /// (about 2 KB) and a run is still resolved to under 1% of its length.
    /// </summary>
    public const int AveragedSeriesBatches = 128;

    /// <summary>Lists of batch means averaged position by position, over those of the greatest length.</summary>
    public static double[] Averaged(IEnumerable<IReadOnlyList<double>> batches)
    {
        var all = batches.ToList();
        if (all.Count == 0)
            return [];
        var length = all.Max(b => b.Count);
        var full = all.Where(b => b.Count == length).ToList();
        var averaged = new double[length];
        for (var i = 0; i < length; i++)
            averaged[i] = full.Average(b => b[i]);
        return averaged;
    }

    /// <summary>
    /// Offered loads with 95% CIs. Under static sequencing a project's work on a resource does not depend on
    /// queueing, so the works of all finished projects are independent draws of the single-project demand:
    /// a t interval over them (pooled across replications). Under the other policies the work depends on the
    /// queues, so the interval is across replication estimates; with one replication, the per-project interval
    /// again (an approximation: neighbouring projects' choices are correlated).
    /// </summary>
    private static List<ResourceLoad> Loads(SimulationResult result, List<ReplicationDiagnostics> diagnostics,
        IReadOnlyList<string> names, IReadOnlyList<int> capacities)
    {
        var rate = 1 / result.Options.Arrivals.MeanInterarrival;
        var perProject = result.Options.Policy == SequencingPolicy.Static || diagnostics.Count == 1;
        var loads = new List<ResourceLoad>(names.Count);
        for (var r = 0; r < names.Count; r++)
        {
            if (perProject)
            {
                var work = new Moments();
                foreach (var d in diagnostics)
                    work = work.Combine(d.WorkPerProject[r]);
                loads.Add(work.Scale(rate / capacities[r]).ToLoad(names[r]));
            }
            else
            {
                var summary = SampleSummary.From(result.Replications.Select(x => x.Resources[r].OfferedLoad).Where(double.IsFinite));
                loads.Add(new ResourceLoad(names[r], summary.Mean, summary.Ci95));
            }
        }
        return loads;
    }
}
