using DevSim.Engine.Randomness;

namespace DevSim.Engine.Tests;

/// <summary>The chunked replication runner: chunk boundaries by hand, combination in chunk order whatever the thread count.</summary>
public class ChunkedReplicationsTests
{
    [Theory]
    [InlineData(10_000, 4096, new long[] { 0, 4096, 4096, 8192, 8192, 10_000 })]
    [InlineData(4096, 4096, new long[] { 0, 4096 })]
    [InlineData(4097, 4096, new long[] { 0, 4096, 4096, 4097 })]
    [InlineData(20_000, 4096, new long[] { 0, 4096, 4096, 8192, 8192, 12_288, 12_288, 16_384, 16_384, 20_000 })]
    [InlineData(3, 1, new long[] { 0, 1, 1, 2, 2, 3 })]
    [InlineData(0, 4096, new long[0])]
    public void Chunk_ReplicationCount_BoundariesComputedByHand(long count, int size, long[] bounds)
    {
        var replications = new ChunkedReplications(count, size);
        Assert.Equal(bounds.Length / 2, replications.ChunkCount);
        for (var c = 0; c < replications.ChunkCount; c++)
            Assert.Equal(new ReplicationChunk(c, bounds[2 * c], bounds[2 * c + 1]), replications.Chunk(c));
    }

    [Fact]
    public void Chunk_EveryPermutationOfTenTasksInBlocksOf720_LastBlockEndsAtTenFactorial()
    {
        var blocks = new ChunkedReplications(3_628_800, 720);
        Assert.Equal(5040, blocks.ChunkCount);
        Assert.Equal(new ReplicationChunk(5039, 3_628_080, 3_628_800), blocks.Chunk(5039));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Fold_ChunkSensitiveSum_SameBitsAsTheChunkBySerialSumOnAnyThreadCount(int threads)
    {
        const int count = 5000, size = 64;
        var expected = ChunkBySerialSum(count, size);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var sum = new ChunkedReplications(count, size, threads).Fold(() => 0, (chunk, _) =>
            {
                var part = 0.0;
                for (var r = chunk.First; r < chunk.End; r++)
                    part += Value(r);
                return part;
            }, 0.0, (total, part) => total + part);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sum));
        }
    }

    [Fact]
    public void Fold_TheSumUsedAbove_DependsOnChunkingAndOnTheOrderOfCombination()
    {
        // Without this the thread-count test above could pass with any combination order.
        const int count = 5000, size = 64;
        var chunked = ChunkBySerialSum(count, size);
        var straight = 0.0;
        for (var r = 0L; r < count; r++)
            straight += Value(r);
        var parts = new double[(count + size - 1) / size];
        for (var r = 0L; r < count; r++)
            parts[r / size] += Value(r);
        var reversed = 0.0;
        for (var c = parts.Length - 1; c >= 0; c--)
            reversed += parts[c];
        Assert.NotEqual(chunked, straight);
        Assert.NotEqual(chunked, reversed);
    }

    [Fact]
    public void Run_FourThreads_ResultsComeBackInChunkOrder()
    {
        var firsts = new ChunkedReplications(1000, 7, 4).Run(() => 0, (chunk, _) => chunk.First);
        Assert.Equal(Enumerable.Range(0, 143).Select(c => 7L * c), firsts);
    }

    [Fact]
    public void ForEach_AThreadBusyWithOneItem_HoldsNoOtherItemBack()
    {
        // The fifth item one thread starts waits until every other item is done. The other thread can do
        // them all only if the waiting thread took no item ahead: Parallel.For hands a thread 1, 2, then 4
        // items at a time, so there the wait would never end (it gives up after a minute and fails).
        const int count = 64;
        var gate = new object();
        var othersDone = new ManualResetEventSlim();
        var (finished, waiting, timedOut) = (0, false, false);
        new ChunkedReplications(count, 1, 2).ForEach(() => new int[1], (_, started) =>
        {
            var wait = false;
            lock (gate)
            {
                if (++started[0] == 5 && !waiting)
                    (waiting, wait) = (true, finished < count - 1);
            }
            if (wait)
                timedOut = !othersDone.Wait(TimeSpan.FromMinutes(1));
            lock (gate)
            {
                if (++finished == count - 1 && waiting)
                    othersDone.Set();
            }
        });
        Assert.True(waiting);
        Assert.False(timedOut);
    }

    [Fact]
    public void ForEach_EveryReplication_RunExactlyOnce()
    {
        var runs = new int[10_000];
        ChunkedReplications.Cheap(runs.Length, 4).ForEach(chunk =>
        {
            for (var r = chunk.First; r < chunk.End; r++)
                Interlocked.Increment(ref runs[r]);
        });
        Assert.All(runs, n => Assert.Equal(1, n));
    }

    [Fact]
    public void ForEach_BodyFails_RethrowsTheFailureItselfNotAnAggregate()
    {
        var replications = ChunkedReplications.OneByOne(50, 2);
        var e = Assert.Throws<InvalidOperationException>(() => replications.ForEach(chunk =>
        {
            if (chunk.Index == 17)
                throw new InvalidOperationException("replication 17");
        }));
        Assert.Equal("replication 17", e.Message);
    }

    [Fact]
    public void Constructor_ChunkSizeZeroOrNegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChunkedReplications(10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChunkedReplications(-1, 10));
    }

    /// <summary>Values of mixed sign and magnitudes from 1e-8 to 1e8, so sums lose different bits in different orders.</summary>
    private static double Value(long replication)
    {
        var random = new SplitMix64(SeedMixer.Derive(7, (ulong)replication));
        return (random.NextDouble() - 0.5) * Math.Pow(10, 16 * random.NextDouble() - 8);
    }

    /// <summary>The runner's definition, computed serially: sum each chunk, then the chunk sums in chunk order.</summary>
    private static double ChunkBySerialSum(long count, int size)
    {
        var total = 0.0;
        for (var first = 0L; first < count; first += size)
        {
            var part = 0.0;
            for (var r = first; r < Math.Min(first + size, count); r++)
                part += Value(r);
            total += part;
        }
        return total;
    }
}
