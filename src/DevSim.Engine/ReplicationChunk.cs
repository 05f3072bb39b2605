namespace DevSim.Engine;

/// <summary>One chunk of a <see cref="ChunkedReplications"/> run: replications <see cref="First"/> to <see cref="End"/> − 1.</summary>
/// <param name="Index">The chunk's position, from 0; chunk results are combined in this order.</param>
/// <param name="First">The first replication of the chunk.</param>
/// <param name="End">One past the last replication of the chunk.</param>
internal readonly record struct ReplicationChunk(int Index, long First, long End)
{
    /// <summary>Replications in the chunk.</summary>
    public long Count => End - First;
}
