namespace DevSim.Engine;

/// <summary>
/// Runs independent replications (or grid points, or experiment cells: any independent work items)
/// on all cores in fixed chunks, and hands back each chunk's result in chunk order, so a statistic
/// combined from them does not depend on the thread count.
/// </summary>
/// <remarks>
/// The chunk boundaries depend on the replication count and the chunk size only: chunk c holds
/// replications c × size to min((c + 1) × size, count) − 1, whichever thread runs it. Floating-point
/// sums are not associative, so a statistic summed per chunk and then over chunks in chunk order is
/// the same bit for bit on 1 thread or 64; summed in the order chunks finish, it would not be.
/// Each worker builds its working memory once (a simulation run with its arrays) and reuses it for
/// every chunk it takes, so the replications themselves allocate nothing.
/// </remarks>
internal sealed class ChunkedReplications
{
    /// <summary>
    /// The chunk size for cheap replications (a single project, microseconds each): large enough that
    /// scheduling costs nothing, small enough that 100,000 replications keep many cores busy.
    /// </summary>
    public const int CheapChunkSize = 4096;

    private readonly ParallelOptions _parallel;

    /// <summary>Splits <paramref name="count"/> replications into chunks of <paramref name="chunkSize"/>.</summary>
    /// <param name="count">Replications (0 or more).</param>
    /// <param name="chunkSize">Replications per chunk (the last may hold fewer); 1 for expensive ones.</param>
    /// <param name="maxDegreeOfParallelism">Threads; -1 for every core. Results do not depend on it.</param>
    /// <param name="cancellation">Stops starting new chunks (and throws <see cref="OperationCanceledException"/>).</param>
    public ChunkedReplications(long count, int chunkSize, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var chunks = (count + chunkSize - 1) / chunkSize;
        if (chunks > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{count} replications in chunks of {chunkSize} make more than {int.MaxValue} chunks");
        Count = count;
        ChunkSize = chunkSize;
        ChunkCount = (int)chunks;
        // "Every core" is one thread per core: left unbounded (-1), the thread pool grew past 60 threads in the replay's
        // grid, which cost about 3% CPU in switching on a long simulate (BENCHMARKS.md, issue 28) and bought nothing.
        _parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism,
            CancellationToken = cancellation,
        };
    }

    /// <summary>Cheap replications in chunks of <see cref="CheapChunkSize"/>.</summary>
    public static ChunkedReplications Cheap(long count, int maxDegreeOfParallelism = -1) =>
        new(count, CheapChunkSize, maxDegreeOfParallelism);

    /// <summary>Expensive replications (a multi-project run, a grid point) one per chunk.</summary>
    public static ChunkedReplications OneByOne(long count, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default) =>
        new(count, 1, maxDegreeOfParallelism, cancellation);

    /// <summary>Replications in all.</summary>
    public long Count { get; }

    /// <summary>Replications per chunk (the last chunk may hold fewer).</summary>
    public int ChunkSize { get; }

    /// <summary>Chunks in all.</summary>
    public int ChunkCount { get; }

    /// <summary>The replications of chunk <paramref name="index"/>.</summary>
    public ReplicationChunk Chunk(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ChunkCount);
        var first = (long)index * ChunkSize;
        return new ReplicationChunk(index, first, Math.Min(first + ChunkSize, Count));
    }

    /// <summary>Runs every chunk; each worker's memory comes from <paramref name="createLocal"/>, made once per worker.</summary>
    /// <exception cref="Exception">The first failure of <paramref name="body"/>, as itself.</exception>
    public void ForEach<TLocal>(Func<TLocal> createLocal, Action<ReplicationChunk, TLocal> body) =>
        ParallelRunner.For(ChunkCount, _parallel, createLocal, (c, local) => body(Chunk(c), local));

    /// <summary>Runs every chunk, for work that needs no working memory of its own.</summary>
    /// <exception cref="Exception">The first failure of <paramref name="body"/>, as itself.</exception>
    public void ForEach(Action<ReplicationChunk> body) => ForEach(() => 0, (chunk, _) => body(chunk));

    /// <summary>Runs every chunk and returns the chunks' results in chunk order.</summary>
    public TChunk[] Run<TLocal, TChunk>(Func<TLocal> createLocal, Func<ReplicationChunk, TLocal, TChunk> body)
    {
        var results = new TChunk[ChunkCount];
        ForEach(createLocal, (chunk, local) => results[chunk.Index] = body(chunk, local));
        return results;
    }

    /// <summary>
    /// Runs every chunk and folds the chunks' results into <paramref name="seed"/> with
    /// <paramref name="combine"/>, in chunk order (never in the order chunks finish).
    /// </summary>
    public TTotal Fold<TLocal, TChunk, TTotal>(Func<TLocal> createLocal, Func<ReplicationChunk, TLocal, TChunk> body,
        TTotal seed, Func<TTotal, TChunk, TTotal> combine)
    {
        var total = seed;
        foreach (var part in Run(createLocal, body))
            total = combine(total, part);
        return total;
    }
}
