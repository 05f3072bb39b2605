using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Replay;

/// <summary>The stretch of a curve's grid that is overloaded, and where it becomes stable.</summary>
/// <param name="LastOverloaded">The largest interarrival of the grid at which the run was overloaded, or null.</param>
/// <param name="FirstStable">The smallest interarrival from which every larger grid point is stable, or null.</param>
internal sealed record StabilityBoundary(double? LastOverloaded, double? FirstStable)
{
    /// <summary>"overloaded up to 28; stable from 30", or "stable across the grid".</summary>
    public string Describe() => LastOverloaded is { } last
        ? $"overloaded up to {ReplayText.N(last)}; stable from {(FirstStable is { } first ? ReplayText.N(first) : "beyond the grid")}"
        : "stable across the grid";
}

/// <summary>Resources whose utilisation dynamic raises or lowers against static, with 95% CIs apart.</summary>
internal sealed record UtilisationShift(IReadOnlyList<string> Higher, IReadOnlyList<string> Lower, int Total);

/// <summary>What the report and the console summary read off the measurements.</summary>
internal static class ReplayFindings
{
    private static readonly Lazy<Scenario> Mouse = new(() => ScenarioReader.LoadBuiltIn("optical-mouse"));

    /// <summary>The built-in optical mouse scenario the replay runs.</summary>
    public static Scenario MouseScenario => Mouse.Value;

    /// <summary>The optical mouse's resource that the paper calls <paramref name="resource"/>, by its task's name.</summary>
    public static string MouseResourceName(this PaperResource resource) => resource.NameIn(Mouse.Value);

    /// <summary>A point's measurements at the mouse resource the paper calls <paramref name="resource"/>.</summary>
    public static ResourceSummary At(this SimulationResult result, PaperResource resource) =>
        result.Resources.Single(r => r.Name == resource.MouseResourceName());

    /// <summary>A sequence's expected work at the mouse resource the paper calls <paramref name="resource"/>.</summary>
    public static ResourceDemand At(this SequenceValue value, PaperResource resource) =>
        value.Demands.Single(d => d.Name == resource.MouseResourceName());

    /// <summary>Static versus dynamic at every interarrival of one experiment and sequence.</summary>
    public static IReadOnlyList<PolicyComparison> Comparisons(this ReplayResults results, GridExperiment experiment, SequenceSource source)
    {
        var statics = results.Curve(experiment, source, SequencingPolicy.Static);
        var dynamics = results.Curve(experiment, source, SequencingPolicy.Dynamic);
        return [.. statics.Zip(dynamics, (s, d) => new PolicyComparison(s.Interarrival, s, d))];
    }

    /// <summary>
    /// The rework-aware policy against static and dynamic at every interarrival of one experiment: the
    /// paper's sequence on the paper's processes, DevSim's optimum on the further ones.
    /// </summary>
    public static IReadOnlyList<ReworkAwareComparison> ReworkAwareComparisons(this ReplayResults results, GridExperiment experiment)
    {
        var source = experiment is GridExperiment.Mouse or GridExperiment.Balanced ? SequenceSource.Paper : SequenceSource.DevSim;
        var statics = results.Curve(experiment, source, SequencingPolicy.Static);
        var dynamics = results.Curve(experiment, source, SequencingPolicy.Dynamic);
        var aware = results.Curve(experiment, source, SequencingPolicy.ReworkAware);
        return [.. statics.Zip(dynamics, aware).Select(x => new ReworkAwareComparison(x.First.Interarrival, x.First, x.Second, x.Third))];
    }

    /// <summary>The interarrival times at which the rework-aware policy reaches <paramref name="verdict"/>.</summary>
    public static IReadOnlyList<double> Where(this IReadOnlyList<ReworkAwareComparison> comparisons, ReworkAwareVerdict verdict) =>
        [.. comparisons.Where(c => c.Verdict == verdict).Select(c => c.Interarrival)];

    /// <summary>The comparison at one interarrival, or null when the grid lacks it.</summary>
    public static PolicyComparison? ComparisonAt(this ReplayResults results, GridExperiment experiment, SequenceSource source, double interarrival) =>
        results.Comparisons(experiment, source).FirstOrDefault(c => c.Interarrival == interarrival);

    /// <summary>Where a curve stops being overloaded, read off the grid.</summary>
    public static StabilityBoundary Stability(this ReplayResults results, GridExperiment experiment, SequenceSource source, SequencingPolicy policy)
    {
        var curve = results.Curve(experiment, source, policy);
        var lastOverloaded = curve.LastOrDefault(p => p.Overloaded)?.Interarrival;
        var stable = curve.Where(p => lastOverloaded is null || p.Interarrival > lastOverloaded).ToList();
        return new StabilityBoundary(lastOverloaded, stable.Count > 0 ? stable[0].Interarrival : null);
    }

    /// <summary>How dynamic moves each resource's utilisation at one point of the paper's sequence, or null when the grid lacks it.</summary>
    public static UtilisationShift? Utilisation(this ReplayResults results, GridExperiment experiment, double interarrival)
    {
        var statics = results.At(experiment, SequenceSource.Paper, SequencingPolicy.Static, interarrival);
        var dynamics = results.At(experiment, SequenceSource.Paper, SequencingPolicy.Dynamic, interarrival);
        if (statics is null || dynamics is null)
            return null;
        var pairs = statics.Result.Resources.Zip(dynamics.Result.Resources).ToList();
        return new UtilisationShift(
            [.. pairs.Where(x => x.Second.Utilization.Ci95.Lower > x.First.Utilization.Ci95.Upper).Select(x => x.First.Name)],
            [.. pairs.Where(x => x.Second.Utilization.Ci95.Upper < x.First.Utilization.Ci95.Lower).Select(x => x.First.Name)],
            pairs.Count);
    }

    /// <summary>The interarrival times at which the comparisons reach <paramref name="verdict"/>.</summary>
    public static IReadOnlyList<double> Where(this IReadOnlyList<PolicyComparison> comparisons, Verdict verdict) =>
        [.. comparisons.Where(c => c.Verdict == verdict).Select(c => c.Interarrival)];
}
