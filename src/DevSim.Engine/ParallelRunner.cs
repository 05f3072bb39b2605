using System.Runtime.ExceptionServices;

namespace DevSim.Engine;

/// <summary>
/// Runs independent work items on all cores, each thread with its own working memory, and
/// rethrows the first failure as itself rather than wrapped in an AggregateException.
/// </summary>
/// <remarks>
/// The primitive under <see cref="ChunkedReplications"/>; replication loops use that, which fixes
/// the chunk boundaries and the order in which chunk results are combined.
/// </remarks>
internal static class ParallelRunner
{
    public static void For<TLocal>(int count, ParallelOptions options, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        try
        {
            Parallel.For(0, count, options, createLocal, (i, _, local) =>
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
