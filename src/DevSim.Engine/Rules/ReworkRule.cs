using System.Runtime.CompilerServices;
using DevSim.Engine.Randomness;

namespace DevSim.Engine.Rules;

/// <summary>
/// The dynamic updating of rework (Kang &amp; Hong 2007, section 3.3; MODEL.md section 3): the one
/// implementation that every simulation in DevSim calls when an execution completes.
/// </summary>
internal static class ReworkRule
{
    /// <summary>
    /// Task <paramref name="task"/> has completed an execution of amount <paramref name="amount"/>:
    /// it is marked done, and every other done task x with RP[x][task] &gt; 0 is, with probability
    /// amount·RP, given rework amount·RI, keeping the larger if rework is already pending.
    /// </summary>
    /// <remarks>
    /// One uniform is drawn for every non-zero of the column, whether or not x is done yet, so a
    /// task's stream is consumed in the same pattern under every sequence (common random numbers).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Complete(ProcessModel model, int task, double amount, Span<double> pending, Span<bool> done, ref SplitMix64 stream)
    {
        done[task] = true;
        var rows = model.ColumnRow;
        var probability = model.ColumnProbability;
        var impact = model.ColumnImpact;
        var end = model.ColumnStart[task + 1];
        for (var k = model.ColumnStart[task]; k < end; k++)
        {
            var u = stream.NextDouble();
            var x = rows[k];
            if (done[x] && u < amount * probability[k])
            {
                var rework = amount * impact[k];
                if (rework > pending[x])
                    pending[x] = rework; // the paper's three-task rule: the larger one wins
            }
        }
    }
}
