using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>What a grid point's verdict needs from one simulated cell (issue 17); small enough for a cell file.</summary>
/// <param name="StoppedEarly">Whether the replication passed <paramref name="MaxInSystem"/>.</param>
/// <param name="MaxInSystem">The limit of projects in the system.</param>
/// <param name="Warmup">Projects discarded as warm-up.</param>
/// <param name="MserCut">MSER-5's truncation of this replication alone, in projects.</param>
/// <param name="Series">The duration series in completion order, coarsened to at most <see cref="SteadyStateAnalysis.AveragedSeriesBatches"/> batch means (for MSER on the average of the point's cells).</param>
/// <param name="DurationBatches">20 batch means of the duration after the warm-up (trend test; CIs with one replication).</param>
/// <param name="WaitingBatches">The same for waiting.</param>
/// <param name="ReworkBatches">The same for rework.</param>
/// <param name="InSystemBatches">20 time averages of the projects in the system, when the experiment has one replication; else empty.</param>
/// <param name="LoadPerProject">Per resource, the offered load each finished project brought: arrival rate × its work / capacity.</param>
public sealed record CellDiagnostics(bool StoppedEarly, int MaxInSystem, int Warmup, long MserCut, BatchMeans Series,
    IReadOnlyList<double> DurationBatches, IReadOnlyList<double> WaitingBatches, IReadOnlyList<double> ReworkBatches,
    IReadOnlyList<double> InSystemBatches, IReadOnlyList<Moments> LoadPerProject)
{ }
