using DevSim.Engine.Experiments;

namespace DevSim.Runner.Sweep;

/// <summary>One cell's result file, tagged with its experiment's fingerprint so that no cell is ever merged into another experiment.</summary>
internal sealed record SweepCellFile(string Fingerprint, CellResult Result);
