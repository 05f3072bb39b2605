using System.Runtime.CompilerServices;
using DevSim.Engine.Randomness;

namespace DevSim.Engine.Rules;

/// <summary>
/// The dynamic updating of rework (Kang &amp; Hong 2007, section 3.3; docs/model.md#dynamic-updating-of-rework): the one
/// implementation that every simulation in DevSim calls when an execution completes.
/// </summary>
internal static class ReworkRule
{
    /// <summary>
    /// Task <paramref name="task"/> has completed an execution of amount <paramref name="amount"/>:
    /// it is marked done, and every other done task x with RP[x][task] &gt; 0 is, with probability
    /// amount·RP, given rework amount·RI, keeping the larger if rework is already pending
    /// (under the model's readings, docs/model.md#readings-of-the-paper, without the scaling or adding up).
    /// Returns whether any task's pending work was raised, so that a caller remembering where its
    /// sequence's pending work starts knows when to look again from the start.
    /// </summary>
    /// <remarks>
    /// The stream moves one draw for every non-zero of the column, whether or not x is done yet, so a
    /// task's stream is consumed in the same pattern under every sequence (common random numbers);
    /// the draw for a task not yet done is skipped rather than computed, as its value is not needed.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Complete(ProcessModel model, int task, double amount, Span<double> pending, Span<bool> done, ref SplitMix64 stream)
    {
        if (!model.DefaultReworkRule)
            return CompleteUnderReadings(model, task, amount, pending, done, ref stream);
        return CompleteDefault(model, task, amount, pending, done, ref stream, default) != 0;
    }

    /// <summary>
    /// <see cref="Complete"/> under the default reading for a caller that keeps its pending work as a set too:
    /// returns the union of <paramref name="bitOf"/>[x] over the tasks x whose pending work was raised (0 when
    /// none); with <paramref name="bitOf"/> empty, 1 for "some task was raised".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong CompleteDefault(ProcessModel model, int task, double amount, Span<double> pending, Span<bool> done,
        ref SplitMix64 stream, ReadOnlySpan<ulong> bitOf)
    {
        done[task] = true;
        var raised = 0UL;
        var start = model.ColumnStart[task];
        var column = new ReadOnlySpan<ColumnEntry>(model.ColumnEntries, start, model.ColumnStart[task + 1] - start);
        var draws = stream; // a local copy stays in a register; written back once at the end
        var sets = !bitOf.IsEmpty;
        foreach (ref readonly var entry in column)
        {
            var x = entry.Row;
            // Every entry consumes one draw. Its value matters only for a task already done, but computing it always
            // and testing both conditions at once leaves one mostly-untaken branch instead of two random ones.
            if (done[x] & draws.NextDouble() < amount * entry.Probability)
            {
                var rework = amount * entry.Impact;
                if (rework > pending[x])
                {
                    pending[x] = rework; // the paper's three-task rule: the larger one wins
                    raised |= sets ? bitOf[x] : 1UL;
                }
            }
        }
        stream = draws;
        return raised;
    }

    /// <summary>
    /// <see cref="Complete"/> under other readings of the paper (docs/model.md#readings-of-the-paper): (a) and (b)
    /// drop the scaling by the causing amount, (c) adds pending rework up. Kept apart so that the default
    /// rule, which every result without a <c>model:</c> block uses, stays the short loop above.
    /// </summary>
    private static bool CompleteUnderReadings(ProcessModel model, int task, double amount, Span<double> pending, Span<bool> done, ref SplitMix64 stream)
    {
        done[task] = true;
        var raised = false;
        var rows = model.ColumnRow;
        var probability = model.ColumnProbability;
        var impact = model.ColumnImpact;
        var end = model.ColumnStart[task + 1];
        var probabilityScale = model.ScaledProbability ? amount : 1.0;
        var amountScale = model.ScaledAmount ? amount : 1.0;
        var addsUp = model.PendingAddsUp;
        for (var k = model.ColumnStart[task]; k < end; k++)
        {
            var x = rows[k];
            if (!done[x])
            {
                stream.Skip();
                continue;
            }
            if (stream.NextDouble() < probabilityScale * probability[k])
            {
                var rework = amountScale * impact[k];
                if (addsUp ? rework > 0 : rework > pending[x])
                {
                    pending[x] = addsUp ? pending[x] + rework : rework;
                    raised = true;
                }
            }
        }
        return raised;
    }
}
