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

    /// <summary>
    /// Reads the folders; they must all hold cells of one cell fingerprint (the same seed, process, projects and
    /// warm-up). The largest plan among them is merged: a grown experiment's folder and its earlier shards merge together.
    /// </summary>
    public static SweepMerge Read(IReadOnlyList<string> folders)
    {
        var plans = folders.Select(f => new SweepFolder(f)).Select(f => (Folder: f, Plan: f.ReadPlan())).ToList();
        var first = plans[0];
        foreach (var other in plans.Skip(1).Where(p => p.Plan.CellFingerprint != first.Plan.CellFingerprint))
        {
            throw new UserErrorException($"{other.Folder.Path} holds experiment '{other.Plan.Experiment}' ({other.Plan.Fingerprint}), " +
                $"but {first.Folder.Path} holds '{first.Plan.Experiment}' ({first.Plan.Fingerprint}), whose cells differ " +
                $"({string.Join("; ", first.Plan.CellSettingChanges(other.Plan))}): merge only folders of one experiment");
        }
        var plan = plans.Select(p => p.Plan).OrderByDescending(p => p.Cells).First();
        foreach (var other in plans.Where(p => !plan.Covers(p.Plan)))
        {
            throw new UserErrorException($"{other.Folder.Path}: its grid ('{other.Plan.Experiment}', {other.Plan.Fingerprint}) is not part of " +
                $"'{plan.Experiment}' ({plan.Fingerprint}); merge folders of one grid, or of an experiment and the smaller ones it grew from");
        }
        var cells = new SortedDictionary<int, CellResult>();
        var firstOfPoint = new Dictionary<int, (CellResult Cell, string File)>();
        foreach (var (folder, _) in plans)
        {
            foreach (var file in folder.ReadCells(plan))
            {
                if (!cells.TryAdd(file.Result.Cell, file.Result))
                    continue;
                // A point's summary takes each resource by its place in the first cell: every cell must list the same ones.
                var path = folder.CellPath(plan.CellName(file.Result.Cell));
                if (!firstOfPoint.TryAdd(file.Result.Point, (file.Result, path)) && firstOfPoint[file.Result.Point] is var (other, otherFile)
                    && !other.Resources.Select(r => r.Name).SequenceEqual(file.Result.Resources.Select(r => r.Name), StringComparer.Ordinal))
                {
                    throw new UserErrorException($"{path}: damaged cell file (cell {file.Result.Cell}: its resources are not those of cell {other.Cell} " +
                        $"of the same grid point, in {otherFile}); delete the damaged one and run the sweep again to redo the cell");
                }
            }
        }
        var missing = Enumerable.Range(0, plan.Cells).Where(c => !cells.ContainsKey(c)).ToList();
        return new SweepMerge(plan, [.. cells.Values], missing);
    }

    /// <summary>Each grid point's summary over the replications present (points with none are left out).</summary>
    public IReadOnlyList<PointSummary> Summaries() =>
        [.. Cells.GroupBy(c => c.Point).OrderBy(g => g.Key).Select(g => PointSummary.From(Plan.Points[g.Key], g))];

    /// <summary>A cell described for people: its grid point and replication.</summary>
    public string Describe(int cell)
    {
        return $"cell {cell} ({SweepPlanFile.Describe(Plan.PointOf(cell))}, replication {cell % Plan.Replications})";
    }
}
