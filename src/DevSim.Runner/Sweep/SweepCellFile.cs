using DevSim.Engine.Experiments;

namespace DevSim.Runner.Sweep;

/// <summary>
/// One cell's result file, tagged with its experiment's cell fingerprint (<see cref="Experiment.CellFingerprint"/>) so that no
/// cell is ever merged into an experiment whose settings would give it other numbers.
/// </summary>
/// <param name="Fingerprint">The experiment's cell fingerprint.</param>
/// <param name="Point">The key of the cell's grid point (<see cref="PlanPoint.Key"/>), which with the replication names the file.</param>
/// <param name="Result">The cell's measures.</param>
internal sealed record SweepCellFile(string Fingerprint, string Point, CellResult Result);
