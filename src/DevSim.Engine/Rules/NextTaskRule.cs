using System.Runtime.CompilerServices;

namespace DevSim.Engine.Rules;

/// <summary>
/// Which task a project does next (MODEL.md section 4): the one implementation of the static and
/// dynamic rules, shared by the single-project evaluation and the multi-project simulation.
/// </summary>
internal static class NextTaskRule
{
    /// <summary>
    /// Static: the first task in <paramref name="sequence"/> with pending work (first time or
    /// rework), so rework of an earlier task comes before any later task. Returns its position in
    /// the sequence, or -1 when nothing is pending (the project is finished).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int StaticChoice(ReadOnlySpan<int> sequence, ReadOnlySpan<double> pending)
    {
        for (var p = 0; p < sequence.Length; p++)
        {
            if (pending[sequence[p]] > 0)
                return p;
        }
        return -1;
    }

    /// <summary>
    /// Dynamic (the paper's proposal): given the static choice at position
    /// <paramref name="staticPosition"/> whose resource is busy, the first later task with pending
    /// work whose resource is idle; -1 when there is none (the project queues for the static choice).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DynamicAlternative<TResources>(ReadOnlySpan<int> sequence, ReadOnlySpan<double> pending,
        int staticPosition, int[] taskResource, ref TResources resources)
        where TResources : struct, IResourceAvailability
    {
        for (var p = staticPosition + 1; p < sequence.Length; p++)
        {
            var task = sequence[p];
            if (pending[task] > 0 && resources.IsIdle(taskResource[task]))
                return p;
        }
        return -1;
    }
}
