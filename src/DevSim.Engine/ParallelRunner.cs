using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace DevSim.Engine;

/// <summary>
/// Runs independent work items on all cores, each thread with its own working memory, and
/// rethrows the first failure as itself rather than wrapped in an AggregateException.
/// </summary>
/// <remarks>
/// The primitive under <see cref="ChunkedReplications"/>; replication loops use that, which fixes
/// the chunk boundaries and the order in which chunk results are combined.
/// Each thread takes one item at a time. <c>Parallel.For</c> hands a thread up to 16 consecutive items at
/// once as the loop goes on, so near the end one thread could hold several long items (grid points,
/// multi-project replications) while the other cores had nothing left to take.
/// </remarks>
internal static class ParallelRunner
{
    public static void For<TLocal>(int count, ParallelOptions options, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        var oneAtATime = Partitioner.Create(Enumerable.Range(0, count), EnumerablePartitionerOptions.NoBuffering);
        try
        {
            Parallel.ForEach(oneAtATime, options, createLocal, (i, _, local) =>
            {
                body(i, local);
                return local;
            }, _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
