using System.Globalization;
using System.Text.Json;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;

namespace DevSim.Runner.Sweep;

/// <summary>
/// A sweep's output folder: <c>plan.json</c> and one file per finished cell under <c>cells/</c>, named by its grid
/// point's key and its replication (<see cref="SweepPlanFile.CellName(int)"/>), each written under a temporary name and
/// renamed into place, so a crash loses at most the cells in flight and a present file is always whole.
/// </summary>
internal sealed class SweepFolder(string path)
{
    public string Path { get; } = path;

    public string PlanPath => System.IO.Path.Combine(Path, "plan.json");

    public string CellsPath => System.IO.Path.Combine(Path, "cells");

    public string CellPath(string name) => System.IO.Path.Combine(CellsPath, name + ".json");

    public bool HasPlan => File.Exists(PlanPath);

    /// <summary>The plan, or a clear error when the folder is not a sweep's or the file is damaged.</summary>
    public SweepPlanFile ReadPlan()
    {
        if (!Directory.Exists(Path))
            throw new UserErrorException($"{Path}: no such folder; give the folders devsim sweep --out wrote (every shard's)");
        if (!File.Exists(PlanPath))
            throw new UserErrorException($"{Path}: no plan.json here, so this is not a sweep's output folder (devsim sweep writes one)");
        try
        {
            string text;
            try
            {
                text = InputFiles.ReadText(PlanPath, "plan");
            }
            catch (IOException e)
            {
                throw new EnvironmentErrorException(PlanPath, "cannot read", e);
            }
            var plan = Json.Deserialize<SweepPlanFile>(text);
            if (plan is null || plan.Format != SweepPlanFile.CurrentFormat)
                throw new UserErrorException($"{PlanPath}: not a plan of format {SweepPlanFile.CurrentFormat}");
            if (plan.Problem() is { } problem)
                throw new UserErrorException($"{PlanPath}: damaged ({problem}); run the sweep again into a new folder");
            return plan;
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"{PlanPath}: damaged ({Json.Problem(e)}); run the sweep again into a new folder");
        }
    }

    /// <summary>
    /// Claims the folder for <paramref name="plan"/>'s experiment: writes plan.json unless it exists, and
    /// returns the plan the folder holds afterwards. The file is linked into place only if no other
    /// process did so first (an atomic create), so of two experiments started at the same instant into
    /// one new folder exactly one gets it, and the caller compares fingerprints to refuse the other.
    /// </summary>
    public SweepPlanFile Claim(SweepPlanFile plan)
    {
        var temporary = PlanPath + StaleFiles.TemporarySuffix();
        AtomicFile.Guard(Path, () =>
        {
            Directory.CreateDirectory(Path);
            if (!Directory.Exists(Path))
                throw new IOException("not a folder");
        });
        try
        {
            AtomicFile.Guard(PlanPath, () =>
            {
                File.WriteAllText(temporary, Json.Serialize(plan));
                // False when another process claimed the folder first: its plan decides.
                ExclusiveMove.TryMove(temporary, PlanPath);
            });
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
        return ReadPlan();
    }

    /// <summary>Replaces plan.json by <paramref name="plan"/> (a grown experiment's), atomically.</summary>
    public void Replace(SweepPlanFile plan) => AtomicFile.Write(PlanPath, w => w.Write(Json.Serialize(plan)));

    /// <summary>Removes the temporary files of dead processes of this machine from the folder and cells/ (see <see cref="StaleFiles"/>).</summary>
    public int RemoveStaleFiles() => StaleFiles.Remove(Path) + StaleFiles.Remove(CellsPath);

    public void WriteCell(SweepCellFile cell, string name) => AtomicFile.Write(CellPath(name), w => w.Write(Json.SerializeCompact(cell)));

    /// <summary>The names of the cells whose files are present (whole, thanks to the atomic writes).</summary>
    public HashSet<string> PresentCells()
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(CellsPath))
            throw new EnvironmentErrorException(CellsPath, "is a file, where the sweep keeps its folder of cells: move it away");
        if (!Directory.Exists(CellsPath))
            return present;
        AtomicFile.Guard(CellsPath, "cannot list", () =>
        {
            foreach (var file in Directory.EnumerateFiles(CellsPath, "*.json"))
                present.Add(System.IO.Path.GetFileNameWithoutExtension(file));
        });
        return present;
    }

    /// <summary>
    /// Reads the cell files of <paramref name="plan"/>'s cells, each numbered as that plan numbers it (a cell run for a
    /// smaller experiment of the same cell settings fits a grown one); a file that cannot be read, or was computed under
    /// other cell settings, is an error naming it. Files of cells outside the plan are left alone.
    /// </summary>
    public IEnumerable<SweepCellFile> ReadCells(SweepPlanFile plan)
    {
        var cells = plan.CellsByName();
        foreach (var (name, cell) in PresentCells().Where(cells.ContainsKey).Select(n => (n, cells[n])).OrderBy(p => p.Item2))
        {
            var file = CellPath(name);
            SweepCellFile? read;
            try
            {
                read = Json.Deserialize<SweepCellFile>(InputFiles.ReadText(file, "cell"));
            }
            catch (IOException e)
            {
                throw new EnvironmentErrorException(file, "cannot read", e);
            }
            catch (JsonException e)
            {
                throw new UserErrorException($"{file}: damaged cell file (cell {cell}: {Json.Problem(e)}); delete it and run the sweep again to redo the cell");
            }
            if (read?.Result is null || read.Point != plan.PointOf(cell).Key() || read.Result.Replication != cell % plan.Replications)
                throw new UserErrorException($"{file}: not the result of cell {cell}; delete it and run the sweep again");
            if (read.Fingerprint != plan.CellFingerprint)
            {
                throw new UserErrorException($"{file}: cell {cell} was computed under cell settings {read.Fingerprint}, not this experiment's " +
                    $"{plan.CellFingerprint} (another seed, process, projects or warm-up): a file of another experiment's sweep; delete it, " +
                    "or merge it with the folders of its own experiment");
            }
            if (CellRanges.Problem(read.Result, plan.PointOf(cell), plan.Projects - plan.Warmup) is { } problem)
                throw new UserErrorException($"{file}: damaged cell file (cell {cell}: {problem}); delete it and run the sweep again to redo the cell");
            yield return read with { Result = read.Result with { Cell = cell, Point = cell / plan.Replications } };
        }
    }
}
