using DevSim.Engine.Capacity;
using DevSim.Runner.Output;

namespace DevSim.Runner.Commands;

/// <summary>
/// Why a capacity search called its target unreachable, and what the planner can do: which type (or the project alone) misses
/// it with no other project and no waiting, by how much, and the change that would bring it within reach
/// (docs/cli.md#devsim-capacity-scenario).
/// </summary>
internal static class CapacityOutOfReach
{
    /// <summary>The rows for one search's <paramref name="rate"/>; empty unless it stopped as unreachable.</summary>
    /// <param name="result">The search's result: the project alone, or each type alone.</param>
    /// <param name="rate">One policy's (or discipline's) answer.</param>
    /// <param name="onTime">Whether the target is each type's on-time share (else a duration, <paramref name="result"/>'s measure).</param>
    public static IReadOnlyList<CapacityReport.OutOfReachRow> Of(CapacityResult result, SustainableRate rate, bool onTime)
    {
        if (rate.StoppedBecause != CapacityStop.Unreachable)
            return [];
        var target = result.Target;
        var measure = result.Measure.Name;
        if (rate.Points.Count > 0)
        {
            // The alone check passed, yet halving the rate 20 times never met the target.
            var last = rate.Points[^1];
            var binding = last.Binding is { } b ? $"{b.Name}'s {(onTime ? "on-time share" : measure)} {Numbers.F(b.Measure.Mean, onTime ? 3 : 1)}" : $"the {measure} {Numbers.F(last.Measure.Mean, 1)}";
            return [new(last.Binding?.Name, last.Binding?.Measure.Mean ?? last.Measure.Mean, target,
                $"missed even at {Numbers.F(CapacityReport.PerYear(last.Rate), 4)} projects a year, {CapacitySearch.MaxHalvings} halvings below the stability limit ({binding}{(last.Overloaded ? ", overloaded" : "")})",
                "check the target against a run of devsim simulate or devsim portfolio at a light load")];
        }
        if (result.Types.Count == 0)
        {
            return [new(null, result.Alone, target,
                $"a project alone, with no other project and no waiting, has a {measure} of {Numbers.F(result.Alone, 1)} days, above the target {Numbers.F(target, 1)}: no arrival rate does better",
                $"give --target-duration above {Numbers.F(result.Alone, 1)}, or shorten the process (devsim optimize for a better sequence, devsim sensitivity for the coupling to break)")];
        }
        return [.. result.Types.Where(t => !t.Meets).Select(t => onTime ? OnTime(t, target) : Duration(t, target, measure))];
    }

    private static CapacityReport.OutOfReachRow Duration(TypeAlone t, double target, string measure) => new(t.Name, t.Alone, target,
        $"{t.Name} alone, with no other project and no waiting, has a {measure} of {Numbers.F(t.Alone, 1)} days, above the target {Numbers.F(target, 1)}: no load does better",
        $"give --target-duration above {Numbers.F(t.Alone, 1)}, or shorten {t.Name}'s process (devsim sensitivity: the coupling to break)");

    private static CapacityReport.OutOfReachRow OnTime(TypeAlone t, double target)
    {
        var share = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var due = Numbers.F(t.DueAllowance ?? double.NaN, 1);
        var needed = t.DueAllowanceNeeded is { } d ? $"lengthen {t.Name}'s due-allowance to at least {Numbers.F(Math.Ceiling(d * 10) / 10, 1)} days (alone, {share} of its projects finish within that)" : "lengthen its due-allowance";
        var reason = t.DueAllowance < t.ShortestProject
            ? $"{t.Name} is due {due} days after arrival, but its shortest possible project takes {Numbers.F(t.ShortestProject, 1)} days (every task once at its shortest, " +
                $"no rework, no waiting): none can be on time, so no load reaches the on-time share {share}"
            : $"{t.Name} alone, with no other project and no waiting, finishes {Numbers.F(t.Alone, 3)} of its projects within its due allowance of {due} days, " +
                $"below the on-time share {share}: no load does better";
        return new(t.Name, t.Alone, target, reason, t.Alone > 0 ? $"{needed}, or ask for --on-time {Numbers.F(Math.Floor(t.Alone * 1000) / 1000, 3)} or less" : needed);
    }
}
