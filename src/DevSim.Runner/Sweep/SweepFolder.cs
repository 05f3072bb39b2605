using System.Globalization;
using System.Text.Json;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;

namespace DevSim.Runner.Sweep;

/// <summary>
/// A sweep's output folder: <c>plan.json</c> and one file per finished cell under <c>cells/</c>,
/// each written under a temporary name and renamed into place, so a crash loses at most the cells
/// in flight and a present file is always whole.
/// </summary>
internal sealed class SweepFolder(string path)
{
    public string Path { get; } = path;

    public string PlanPath => System.IO.Path.Combine(Path, "plan.json");

    public string CellsPath => System.IO.Path.Combine(Path, "cells");

    public string CellPath(int cell) => System.IO.Path.Combine(CellsPath, cell.ToString("D6", CultureInfo.InvariantCulture) + ".json");

    public bool HasPlan => File.Exists(PlanPath);

    /// <summary>The plan, or a clear error when the folder is not a sweep's or the file is damaged.</summary>
    public SweepPlanFile ReadPlan()
    {
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
            return plan;
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"{PlanPath}: damaged ({e.Message})");
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
                try
                {
                    File.Move(temporary, PlanPath, overwrite: false);
                }
                catch (IOException) when (File.Exists(PlanPath))
                {
                    // Another process claimed the folder first; its plan decides.
                }
            });
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
        return ReadPlan();
    }

    /// <summary>Removes the temporary files of dead processes of this machine from the folder and cells/ (see <see cref="StaleFiles"/>).</summary>
    public int RemoveStaleFiles() => StaleFiles.Remove(Path) + StaleFiles.Remove(CellsPath);

    public void WriteCell(SweepCellFile cell) => AtomicFile.Write(CellPath(cell.Result.Cell), w => w.Write(Json.SerializeCompact(cell)));

    /// <summary>The indices of the cells whose files are present (whole, thanks to the atomic writes).</summary>
    public HashSet<int> PresentCells()
    {
        var present = new HashSet<int>();
        if (File.Exists(CellsPath))
            throw new EnvironmentErrorException(CellsPath, "is a file, where the sweep keeps its folder of cells: move it away");
        if (!Directory.Exists(CellsPath))
            return present;
        AtomicFile.Guard(CellsPath, "cannot list", () =>
        {
            foreach (var file in Directory.EnumerateFiles(CellsPath, "*.json"))
            {
                if (int.TryParse(System.IO.Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture, out var cell))
                    present.Add(cell);
            }
        });
        return present;
    }

    /// <summary>Reads every cell file; a file that cannot be read or belongs to another experiment is an error naming it.</summary>
    public IEnumerable<SweepCellFile> ReadCells(string fingerprint)
    {
        foreach (var cell in PresentCells().Order())
        {
            var file = CellPath(cell);
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
                throw new UserErrorException($"{file}: damaged cell file ({Json.Problem(e)}); delete it and run the sweep again to redo the cell");
            }
            if (read?.Result is null || read.Result.Cell != cell)
                throw new UserErrorException($"{file}: not the result of cell {cell}; delete it and run the sweep again");
            if (read.Fingerprint != fingerprint)
                throw new UserErrorException($"{file}: belongs to experiment {read.Fingerprint}, not {fingerprint}");
            yield return read;
        }
    }
}
