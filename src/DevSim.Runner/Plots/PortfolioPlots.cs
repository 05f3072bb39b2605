using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Commands;
using DevSim.Runner.Output;

namespace DevSim.Runner.Plots;

/// <summary>
/// The figures of <c>devsim portfolio --plot DIR</c>, each with the CSV it is drawn from: per type (and
/// overall) the mean duration and the on-time share with 95% CIs across replications, and per resource
/// the offered load stacked by type beside the measured utilisation; and the calendar of
/// <c>--timeline</c>, coloured by type.
/// </summary>
internal static class PortfolioPlots
{
    public const string Duration = "duration-by-type.svg";
    public const string OnTime = "on-time-by-type.svg";
    public const string Load = "load-by-type.svg";
    public const string TypeData = "types.csv";
    public const string ResourceData = "resources.csv";
    public const string LoadData = "load-by-type.csv";

    /// <summary>Writes the figures and their CSV files into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string folder, PortfolioReport report, IReadOnlyList<string> resourceLabels, FigureFormats formats)
    {
        ArgumentNullException.ThrowIfNull(report);
        var written = new List<string>();
        var s = report.Settings;
        var groups = report.Types.Append(report.Overall).ToList();
        static object?[] Block(PortfolioReport.MeanBlock m) => [m.Mean, m.Ci95[0], m.Ci95[1]];
        var types = Path.Combine(folder, TypeData);
        CsvTable.Write(types,
            ["type", "counted", "duration", "duration_ci_low", "duration_ci_high", "waiting", "waiting_ci_low", "waiting_ci_high",
                "backlog_wait", "backlog_wait_ci_low", "backlog_wait_ci_high", "rework", "rework_ci_low", "rework_ci_high", "tardiness", "tardiness_ci_low", "tardiness_ci_high",
                "on_time", "on_time_ci_low", "on_time_ci_high"],
            groups.Select(t => (IReadOnlyList<object?>)[t.Name, t.Counted, .. Block(t.Duration), .. Block(t.Waiting), .. Block(t.BacklogWait),
                .. Block(t.Rework), .. Block(t.Tardiness), .. Block(t.OnTime)]));
        written.Add(types);
        var resources = Path.Combine(folder, ResourceData);
        CsvTable.Write(resources,
            ["resource", "capacity", "utilization", "utilization_ci_low", "utilization_ci_high", "offered_load", "offered_load_ci_low", "offered_load_ci_high",
                "queue", "queue_ci_low", "queue_ci_high", "wait", "wait_ci_low", "wait_ci_high"],
            report.Resources.Select(r => (IReadOnlyList<object?>)[r.Name, r.Capacity, .. Block(r.Utilization), .. Block(r.OfferedLoad), .. Block(r.Queue), .. Block(r.Wait)]));
        written.Add(resources);
        var loads = Path.Combine(folder, LoadData);
        CsvTable.Write(loads, ["resource", "type", "offered_load", "share"],
            report.Resources.SelectMany(r => r.ByType.Select(b => (IReadOnlyList<object?>)[r.Name, b.Type, b.OfferedLoad, b.Share])));
        written.Add(loads);

        var what = $"{report.Portfolio}, {s.Discipline}{(s.WipCap is { } cap ? $", WIP cap {cap}" : "")}" +
            (s.LoadFactor == 1 ? "" : $", load factor {ChartStyle.Label(s.LoadFactor)}");
        var verdict = report.Verdict == "stable" ? "" : $" Verdict: {report.Verdict}.";
        var caption = $"Error bars: 95% CI (Student t) over {s.Reps} replications of {s.Projects:N0} projects (all types), the first {s.Warmup:N0} discarded.{verdict}";
        var names = groups.Select(t => t.Name).ToList();
        BarSeries Series(string name, Func<PortfolioReport.TypeBlock, PortfolioReport.MeanBlock> pick) =>
            new(name, [.. groups.Select(t => pick(t).Mean)], [.. groups.Select(t => pick(t).Ci95[0])], [.. groups.Select(t => pick(t).Ci95[1])]);
        var duration = new BarChart($"Project duration per type: {what}", "project type", "mean duration (days)", names,
            [Series("duration", t => t.Duration), Series("of which waiting at resources", t => t.Waiting), Series("of which in the backlog (WIP cap)", t => t.BacklogWait)])
        { NonNegative = true, Caption = caption };
        written.AddRange(FigureWriter.Write(folder, Duration, duration.Render(), formats));
        var onTime = new BarChart($"On-time share per type: {what}", "project type", "share of projects finished by their due date", names,
            [Series("on time", t => t.OnTime)])
        {
            NonNegative = true,
            Caption = groups.Any(t => double.IsNaN(t.OnTime.Mean)) ? caption + " n/a: the type has no due allowance." : caption,
        };
        written.AddRange(FigureWriter.Write(folder, OnTime, onTime.Render(), formats));
        var load = LoadChart(what, resourceLabels, [.. report.Types.Select(t => t.Name)], [.. report.Resources.Select(r => (IReadOnlyList<double>)[.. r.ByType.Select(b => b.OfferedLoad)])],
            [.. report.Resources.Select(r => r.Utilization.Mean)], s.Reps, verdict);
        written.AddRange(FigureWriter.Write(folder, Load, load, formats));
        return written;
    }

    /// <summary>
    /// Per resource the offered load stacked by type (<paramref name="loadByType"/>: per resource, per type) beside the
    /// measured utilisation, against the capacity line: <c>devsim portfolio --plot</c>'s figure, and each grid point's in a
    /// portfolio sweep's merge.
    /// </summary>
    public static Figure LoadChart(string what, IReadOnlyList<string> resourceLabels, IReadOnlyList<string> types, IReadOnlyList<IReadOnlyList<double>> loadByType,
        IReadOnlyList<double> utilisation, int replications, string verdict) =>
        new StackedBarChart($"Offered load per resource by type: {what}", "resource", "offered load (1 = every server busy)", resourceLabels,
            [.. types.Select((t, k) => new BarSeries(t, [.. loadByType.Select(row => row[k])]))])
        {
            Marker = new BarSeries("measured utilisation", utilisation),
            Level = new ReferenceLevel("capacity (offered load 1)", 1, 7),
            Caption = $"Offered load: work arriving per day / servers, means over {replications} replications; a stack above 1 cannot be kept up with.{verdict}",
        }.Render();

    /// <summary>The calendar of a portfolio's first projects: one lane per pool resource, bars coloured by type.</summary>
    public static Figure Timeline(Portfolio portfolio, IReadOnlyList<ExecutionRecord> records, string title)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var pool = portfolio.Pool.Resources;
        var labels = Labels(portfolio);
        var lanes = pool.Select((r, i) => new GanttLane(labels[i], r.Capacity)).ToList();
        return new GanttChart(title, "time (days)", lanes, TimelineItems.From(records)) { Types = [.. portfolio.Types.Select(t => t.Name)] }.Render();
    }

    /// <summary>The pool's resources as every figure names them.</summary>
    public static IReadOnlyList<string> Labels(Portfolio portfolio) =>
        ResourceLabels.Of([.. portfolio.Pool.Resources.Select(r => r.Name)], [.. portfolio.Pool.Resources.Select(r => r.Person)]);
}
