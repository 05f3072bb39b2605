namespace DevSim.Runner.Tests;

/// <summary>
/// Runs devsim in-process within the bounds every bad input must keep: it ends within a hang bound and
/// allocates less than an allocation bound on the calling thread. They catch a case hanging or
/// swallowing memory (as a billion replications once did) rather than measure speed. Shared by the
/// bad-input corpus and the bad-option tests.
/// </summary>
internal static class BoundedRun
{
    public static readonly TimeSpan HangBound = TimeSpan.FromMinutes(2);

    /// <summary>On the calling thread, where files are read, options parsed and plans laid out.</summary>
    public const long AllocationBound = 1L << 30;

    /// <summary>Runs <paramref name="args"/>, failing the test named <paramref name="name"/> if a bound is passed.</summary>
    public static async Task<CliRun> Of(string name, params string[] args)
    {
        CliRun? run = null;
        long allocated = 0;
        var worker = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            run = CliRun.Of(args);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Assert.True(await Task.WhenAny(worker, Task.Delay(HangBound)) == worker, $"{name}: still running after {HangBound}: a hang");
        await worker;
        Assert.NotNull(run);
        Assert.True(allocated < AllocationBound, $"{name}: allocated {allocated:N0} bytes");
        return run;
    }
}
