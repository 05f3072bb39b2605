namespace DevSim.Engine.Simulation;

/// <summary>
/// Runs many independent simulations (the points of an experiment grid) on all cores, one point per
/// thread at a time: points are coarse enough to keep every core busy, and running each on a single
/// thread avoids nesting parallel loops.
/// </summary>
/// <remarks>
/// Every point's result depends only on its own scenario and options (including the seed), never
/// on the thread count or the order in which points finish.
/// </remarks>
public static class SimulationBatch
{
    /// <summary>Simulates every job; the results come back in job order.</summary>
    /// <param name="jobs">The points to simulate.</param>
    /// <param name="maxDegreeOfParallelism">Threads; -1 uses every core.</param>
    /// <param name="progress">Told the number of points finished so far, from any thread.</param>
    /// <param name="cancellation">Stops starting new points, and the points running.</param>
    public static IReadOnlyList<SimulationResult> Run(IReadOnlyList<SimulationJob> jobs, int maxDegreeOfParallelism = -1,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var results = new SimulationResult[jobs.Count];
        var finished = 0;
        // Longest first would balance better, but the cost of a point is unknown before it runs;
        // dynamic partitioning with one point per grab is enough when points outnumber cores.
        ChunkedReplications.OneByOne(jobs.Count, maxDegreeOfParallelism, cancellation).ForEach(point =>
        {
            var job = jobs[point.Index];
            results[point.Index] = new MultiProjectSimulator(job.Scenario).Run(job.Options with { MaxDegreeOfParallelism = 1 }, null, cancellation);
            progress?.Report(Interlocked.Increment(ref finished));
        });
        return results;
    }
}
