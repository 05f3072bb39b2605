using System.Globalization;
using DevSim.Engine.Experiments;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Sweep;

/// <summary>
/// The ranges a cell file's numbers can have when a sweep wrote them: counts, times and loads are not negative (NaN, written
/// as null, is "no value" and always allowed), percentiles do not decrease, a share is at most 1, a sketch's buckets are a
/// sketch's. A valid JSON number outside them (a hand edit, a broken copy, another program's file) once merged into
/// means and CIs without a word, or ended the merge as an internal error; it is damage, named by its key as the file spells it.
/// </summary>
internal static class CellRanges
{
    /// <summary>
    /// The first value of <paramref name="cell"/> out of its range or its shape (lists as long as the resources or
    /// <paramref name="point"/>'s types they run over), as "key is value, but must be ..."; null when every value is in range.
    /// <paramref name="countable"/> is how many projects the plan's cells can count: its projects less its warm-up.
    /// </summary>
    public static string? Problem(CellResult cell, PlanPoint point, long countable)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(point);
        var d = cell.Duration;
        return Shape(cell, point)
            ?? Count("projectsCounted", cell.ProjectsCounted)
            ?? (cell.ProjectsCounted > countable ? $"projectsCounted is {cell.ProjectsCounted}, but the plan's cells count at most {countable} (its projects less its warm-up)" : null)
            ?? Count("events", cell.Events)
            ?? Times(("durationMean", d.Mean), ("durationSd", d.Sd), ("durationP50", d.P50), ("durationP90", d.P90), ("durationP99", d.P99),
                ("waitingMean", cell.Waiting), ("reworkMean", cell.Rework), ("inSystemMean", cell.InSystem))
            ?? Ordered(("durationP50", d.P50), ("durationP90", d.P90), ("durationP99", d.P99))
            ?? Each(cell.Resources, "resources", (r, key) => Times(($"{key}.utilization", r.Utilization), ($"{key}.queue", r.Queue),
                ($"{key}.wait", r.Wait), ($"{key}.offeredLoad", r.OfferedLoad)))
            ?? (cell.Diagnostics is { } diagnostics ? Diagnostics(diagnostics) : null)
            ?? (cell.DurationSketch is { } sketch ? Sketch("durationSketch", sketch) : null)
            ?? (cell.Portfolio is { } portfolio ? Portfolio(portfolio) : null)
            ?? Counted(cell);
    }

    /// <summary>
    /// The counts beside the sketches: a cell's projectsCounted, its duration sketch, its portfolio's overall group and
    /// sketch all tally the projects finished after the warm-up (the same test of each project as it finishes), and the
    /// types split them, so they agree exactly. A count that disagrees weighted the merged per-type counts wrongly.
    /// </summary>
    private static string? Counted(CellResult cell)
    {
        const string Same = "both are the projects finished after the warm-up";
        if (cell.DurationSketch is { } sketch && sketch.CountValues() != cell.ProjectsCounted)
            return $"projectsCounted is {cell.ProjectsCounted}, but durationSketch counts {sketch.CountValues()} projects ({Same})";
        if (cell.Portfolio is not { } portfolio)
            return null;
        if (portfolio.Overall.Counted != cell.ProjectsCounted)
            return $"portfolio.overall.counted is {portfolio.Overall.Counted}, but projectsCounted is {cell.ProjectsCounted} ({Same})";
        var groups = portfolio.Types.Select((g, i) => (Key: $"portfolio.types[{i}]", Group: g)).Prepend(("portfolio.overall", portfolio.Overall));
        foreach (var (key, group) in groups)
        {
            if (group.Sketch is { } groupSketch && groupSketch.CountValues() != group.Counted)
                return $"{key}.counted is {group.Counted}, but {key}.sketch counts {groupSketch.CountValues()} projects ({Same})";
            if (group.Counted > portfolio.Overall.Counted)
                return $"{key}.counted is {group.Counted}, more than portfolio.overall.counted ({portfolio.Overall.Counted})";
        }
        var split = portfolio.Types.Sum(t => t.Counted);
        return split == portfolio.Overall.Counted ? null
            : $"portfolio.types' counted add up to {split}, but portfolio.overall.counted is {portfolio.Overall.Counted} (each project is of one type)";
    }

    /// <summary>The lists the merge indexes by resource or type, each as long as what it runs over.</summary>
    private static string? Shape(CellResult cell, PlanPoint point)
    {
        if (cell.Duration is null || cell.Resources is null)
            return "durationMean and resources are needed";
        var resources = cell.Resources.Count;
        if (cell.Diagnostics is { } d)
        {
            if (d.Series?.Means is null || d.DurationBatches is null || d.WaitingBatches is null || d.ReworkBatches is null || d.InSystemBatches is null || d.LoadPerProject is null)
                return "diagnostics lacks one of series (with its means), durationBatches, waitingBatches, reworkBatches, inSystemBatches and loadPerProject";
            if (d.LoadPerProject.Count != resources)
                return $"diagnostics.loadPerProject has {d.LoadPerProject.Count} entries, but must have one per resource ({resources})";
        }
        if (point.Portfolio is not { } setting)
            return cell.Portfolio is null ? null : "portfolio is given, but the cell is of a scenario's grid point";
        if (cell.Portfolio is not { } portfolio || portfolio.Types is null || portfolio.Overall is null)
            return "portfolio is missing, but the cell is of a portfolio's grid point";
        if (portfolio.Types.Count != setting.Types.Count)
            return $"portfolio.types has {portfolio.Types.Count} entries, but must have one per type of the portfolio ({setting.Types.Count})";
        if (portfolio.LoadByType is { } load && (load.Count != resources || load.Any(r => r?.Count != setting.Types.Count)))
            return $"portfolio.loadByType must have one list per resource ({resources}), each with one load per type ({setting.Types.Count})";
        return null;
    }

    private static string? Diagnostics(CellDiagnostics d) =>
        Count("diagnostics.maxInSystem", d.MaxInSystem)
        ?? Count("diagnostics.warmup", d.Warmup)
        ?? Count("diagnostics.mserCut", d.MserCut)
        ?? (d.Series.BatchSize < 1 ? $"diagnostics.series.batchSize is {Text(d.Series.BatchSize)}, but must be 1 or more (observations per batch)" : null)
        ?? List("diagnostics.series.means", d.Series.Means)
        ?? List("diagnostics.durationBatches", d.DurationBatches)
        ?? List("diagnostics.waitingBatches", d.WaitingBatches)
        ?? List("diagnostics.reworkBatches", d.ReworkBatches)
        ?? List("diagnostics.inSystemBatches", d.InSystemBatches)
        ?? Each(d.LoadPerProject, "diagnostics.loadPerProject", (m, key) => Count($"{key}.count", m.Count)
            ?? Times(($"{key}.mean", m.Mean), ($"{key}.squaredDeviations", m.SquaredDeviations)));

    private static string? Portfolio(CellPortfolio p) =>
        Group("portfolio.overall", p.Overall)
        ?? Each(p.Types, "portfolio.types", (g, key) => Group(key, g))
        ?? Each(p.LoadByType, "portfolio.loadByType", (loads, key) => List(key, loads));

    private static string? Group(string key, CellGroup? g) => g is null ? null :
        Count($"{key}.counted", g.Counted)
        ?? Times(($"{key}.duration", g.Duration), ($"{key}.durationSd", g.DurationSd), ($"{key}.waiting", g.Waiting),
            ($"{key}.backlogWait", g.BacklogWait), ($"{key}.rework", g.Rework), ($"{key}.tardiness", g.Tardiness), ($"{key}.onTime", g.OnTime))
        ?? (g.OnTime > 1 ? $"{key}.onTime is {Text(g.OnTime)}, but must be from 0 to 1 (a share of projects)" : null)
        ?? (g.Sketch is { } sketch ? Sketch($"{key}.sketch", sketch)
            : g.Counted > 0 ? $"{key}.sketch is null, but {key}.counted is {g.Counted} (a group that counted projects stores their durations' sketch)" : null);

    /// <summary>The engine's own test of stored buckets (counts not negative, bounds in order), with the key in front.</summary>
    private static string? Sketch(string key, SketchBuckets buckets)
    {
        if (buckets.Counts is null)
            return $"{key}.counts is missing";
        try
        {
            _ = QuantileSketch.FromBuckets(buckets);
            return null;
        }
        catch (ArgumentException e)
        {
            var why = e.Message.Split(" (Parameter", 2)[0];
            return $"{key} is not a sketch's buckets: {why}";
        }
        catch (OverflowException)
        {
            return $"{key}.counts add up to more than any count can be";
        }
    }

    private static string? Count(string key, long value) => value < 0 ? $"{key} is {Text(value)}, but must be 0 or more (a count)" : null;

    /// <summary>Times, sizes and loads: 0 or more, or NaN (null in the file) for "no value".</summary>
    private static string? Times(params (string Key, double Value)[] values)
    {
        foreach (var (key, value) in values)
        {
            if (value < 0 || double.IsInfinity(value))
                return $"{key} is {Text(value)}, but must be a finite number of 0 or more, or null";
        }
        return null;
    }

    private static string? List(string key, IReadOnlyList<double>? values) =>
        values is null ? null : Times([.. values.Select((v, i) => ($"{key}[{i}]", v))]);

    private static string? Ordered(params (string Key, double Value)[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i].Value < values[i - 1].Value)
                return $"{values[i].Key} is {Text(values[i].Value)}, below {values[i - 1].Key} ({Text(values[i - 1].Value)}), but percentiles do not decrease";
        }
        return null;
    }

    private static string? Each<T>(IReadOnlyList<T>? items, string key, Func<T, string, string?> problem)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is null)
                return $"{key}[{i}] is null";
            if (problem(items[i], $"{key}[{i}]") is { } found)
                return found;
        }
        return null;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
