using DevSim.Engine.Simulation;
using DevSim.Engine.Experiments;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Sweep;

/// <summary>The cells of one experiment gathered from one or more sweep folders, and what is missing.</summary>
internal sealed class SweepMerge
{
    private SweepMerge(SweepPlanFile plan, IReadOnlyList<CellResult> cells, IReadOnlyList<int> missing)
    {
        Plan = plan;
        Cells = cells;
        Missing = missing;
    }

    public SweepPlanFile Plan { get; }

    /// <summary>Every cell found once, in cell order.</summary>
    public IReadOnlyList<CellResult> Cells { get; }

    /// <summary>The cells of the plan no folder holds, in order.</summary>
    public IReadOnlyList<int> Missing { get; }

    /// <summary>Reads the folders; they must all hold the same experiment (the same fingerprint).</summary>
    public static SweepMerge Read(IReadOnlyList<string> folders)
    {
        var plans = folders.Select(f => new SweepFolder(f)).Select(f => (Folder: f, Plan: f.ReadPlan())).ToList();
        var first = plans[0];
        foreach (var other in plans.Skip(1).Where(p => p.Plan.Fingerprint != first.Plan.Fingerprint))
        {
            throw new UserErrorException($"{other.Folder.Path} holds experiment '{other.Plan.Experiment}' ({other.Plan.Fingerprint}), " +
                $"but {first.Folder.Path} holds '{first.Plan.Experiment}' ({first.Plan.Fingerprint}): merge only folders of one experiment");
        }
        var cells = new SortedDictionary<int, CellResult>();
        foreach (var (folder, plan) in plans)
        {
            foreach (var file in folder.ReadCells(plan.Fingerprint))
            {
                if (file.Result.Cell >= plan.Cells || file.Result.Point != plan.PointOf(file.Result.Cell).Index)
                    throw new UserErrorException($"{folder.CellPath(file.Result.Cell)}: cell {file.Result.Cell} does not fit the plan of {plan.Cells} cells");
                cells.TryAdd(file.Result.Cell, file.Result);
            }
        }
        var missing = Enumerable.Range(0, first.Plan.Cells).Where(c => !cells.ContainsKey(c)).ToList();
        return new SweepMerge(first.Plan, [.. cells.Values], missing);
    }

    /// <summary>Each grid point's summary over the replications present (points with none are left out).</summary>
    public IReadOnlyList<PointSummary> Summaries() =>
        [.. Cells.GroupBy(c => c.Point).OrderBy(g => g.Key).Select(g => PointSummary.From(Plan.Points[g.Key], g))];

    /// <summary>A cell described for people: its grid point and replication.</summary>
    public string Describe(int cell)
    {
        var p = Plan.PointOf(cell);
        var at = p.Interarrival is { } ia ? $", interarrival {ia}" : "";
        return $"cell {cell} ({p.Scenario}, sequence {p.SequenceLabel}, {p.Policy.Name()}{at}, replication {cell % Plan.Replications})";
    }
}
