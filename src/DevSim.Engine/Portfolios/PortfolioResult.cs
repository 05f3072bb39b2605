using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Portfolios;

/// <summary>A portfolio simulation's measures (docs/model.md#portfolio-measures).</summary>
public sealed record PortfolioResult
{
    /// <summary>The portfolio simulated (after any load factor, discipline or cap override).</summary>
    public required Portfolio Portfolio { get; init; }

    /// <summary>The measures over all projects as a scenario's simulation gives them (resources, verdict, steady-state analysis).</summary>
    public required SimulationResult All { get; init; }

    /// <summary>Over all projects: the portfolio measures (backlog wait, tardiness, on-time share among them).</summary>
    public required TypeSummary Overall { get; init; }

    /// <summary>Per type, in the portfolio's order.</summary>
    public required IReadOnlyList<TypeSummary> Types { get; init; }

    /// <summary>Per resource, each type's offered load (mean over replications); they add up to the resource's.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> LoadByType { get; init; }

    /// <summary>Per resource, each type's share of its offered load (0 to 1).</summary>
    public IReadOnlyList<IReadOnlyList<double>> ShareByType => Shares(LoadByType);

    /// <summary>Per resource, each type's share of <paramref name="loadByType"/>'s row (0 to 1; NaN where the type's load is not known).</summary>
    public static IReadOnlyList<IReadOnlyList<double>> Shares(IReadOnlyList<IReadOnlyList<double>> loadByType)
    {
        ArgumentNullException.ThrowIfNull(loadByType);
        return [.. loadByType.Select(row =>
        {
            var total = row.Where(double.IsFinite).Sum();
            return (IReadOnlyList<double>)[.. row.Select(x => total > 0 && double.IsFinite(x) ? x / total : double.NaN)];
        })];
    }

    internal static TypeSummary Summarise(string name, IEnumerable<ProjectMeasures> reps)
    {
        var list = reps.ToList();
        var pooled = new QuantileSketch();
        foreach (var r in list)
        {
            if (r.Sketch is { } sketch)
                pooled.Merge(sketch);
        }
        SampleSummary Of(Func<ProjectMeasures, double> measure) => SampleSummary.From(list.Select(measure).Where(double.IsFinite));
        return new TypeSummary
        {
            Name = name,
            Counted = list.Sum(r => r.Counted),
            Duration = Of(r => r.Duration),
            Waiting = Of(r => r.Waiting),
            BacklogWait = Of(r => r.BacklogWait),
            Rework = Of(r => r.Rework),
            Tardiness = Of(r => r.Tardiness),
            OnTime = Of(r => r.OnTime),
            Percentiles = DurationPercentiles.Of(pooled),
        };
    }
}
