using System.Runtime.CompilerServices;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Rules;

/// <summary>
/// Which task a project does next (docs/model.md#sequencing-policies): the one implementation of the static and
/// dynamic rules, shared by the single-project evaluation and the multi-project simulation.
/// </summary>
internal static class NextTaskRule
{
    /// <summary>
    /// Static: the first task in <paramref name="sequence"/> with pending work (first time or
    /// rework), so rework of an earlier task comes before any later task. Returns its position in
    /// the sequence, or -1 when nothing is pending (the project is finished). A caller that knows
    /// no work is pending before position <paramref name="from"/> may start the search there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int StaticChoice(ReadOnlySpan<int> sequence, ReadOnlySpan<double> pending, int from = 0)
    {
        for (var p = from; p < sequence.Length; p++)
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

    /// <summary>
    /// Dynamic under precedence constraints (docs/model.md#precedence-constraints): as the overload without constraints,
    /// but only a task that may start (<see cref="MayStart"/>).
    /// </summary>
    public static int DynamicAlternative<TResources>(ReadOnlySpan<int> sequence, ReadOnlySpan<double> pending, ReadOnlySpan<bool> done,
        PrecedenceConstraints precedence, int staticPosition, int[] taskResource, ref TResources resources)
        where TResources : struct, IResourceAvailability
    {
        for (var p = staticPosition + 1; p < sequence.Length; p++)
        {
            var task = sequence[p];
            if (pending[task] > 0 && resources.IsIdle(taskResource[task]) && MayStart(precedence, task, done))
                return p;
        }
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="task"/> may start now under <paramref name="precedence"/>: it has been executed before
    /// (rework does not wait), or every task that must come before it has been executed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStart(PrecedenceConstraints precedence, int task, ReadOnlySpan<bool> done)
    {
        if (done[task])
            return true;
        foreach (var before in precedence.PredecessorsOf(task))
        {
            if (!done[before])
                return false;
        }
        return true;
    }

    /// <summary>
    /// Rework-aware (DevSim's answer to the paper's section 6.4): given the static choice at
    /// <paramref name="staticPosition"/> whose resource is busy, and the expected wait for that
    /// resource (<paramref name="taskResource"/>: each task's resource in the pool), the later pending task whose resource is idle with the least expected extra rework
    /// (<see cref="ReworkForecast"/>), if that rework is less than the wait or none; ties go to the earlier
    /// task, as under dynamic. Only a task that may start under the precedence constraints is a candidate. -1 when no alternative is worth its rework (the project queues).
    /// </summary>
    public static int ReworkAwareAlternative<TResources>(ProcessModel model, ReadOnlySpan<int> sequence, ReadOnlySpan<int> taskResource, ReadOnlySpan<double> pending,
        ReadOnlySpan<bool> done, int staticPosition, double expectedWait, ref TResources resources)
        where TResources : struct, IResourceAvailability
    {
        var best = -1;
        var bestRework = double.PositiveInfinity;
        for (var p = staticPosition + 1; p < sequence.Length; p++)
        {
            var task = sequence[p];
            if (pending[task] <= 0 || !resources.IsIdle(taskResource[task]) || !MayStart(model.Precedence, task, done))
                continue;
            var rework = ReworkForecast.ExtraRework(model, sequence, pending, done, staticPosition, p);
            if (rework < bestRework)
            {
                best = p;
                bestRework = rework;
            }
        }
        // A switch that costs no rework is taken even when the wait looks over (a task overrunning its mean).
        return best >= 0 && (bestRework < expectedWait || bestRework <= 0) ? best : -1;
    }
}
