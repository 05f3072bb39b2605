namespace DevSim.Engine.Rules;

/// <summary>
/// The expected extra rework of doing a later task before the tasks ahead of it in the sequence:
/// the estimate behind the rework-aware policy (Kang &amp; Hong 2007, section 6.4's open question;
/// docs/model.md#rework-aware-sequencing).
/// </summary>
/// <remarks>
/// <para>
/// Switching to alternative a (pending amount p_a, nominal duration d_a) instead of the static choice
/// changes the order of a and every task x still pending ahead of it (pending amount p_x): a now
/// completes before x instead of after it. Under the dynamic updating rule (a completion of amount m
/// reworks a done task y with probability min(1, m·RP[y][c]) by m·RI[y][c] of y's work, the larger
/// pending amount winning) that changes two things, each counted once, to first order:
/// </para>
/// <list type="bullet">
/// <item>x's later completion can rework a, which is now done: expected time
/// min(1, p_x·RP[a][x]) · (p_x·RI[a][x] − s_a) · d_a, where s_a is what the static order would have cost anyway:
/// max(0, p_x·RI[a][x] − p_a) when a is already done and waiting for rework (the larger amount wins), else 0.</item>
/// <item>a's completion no longer reworks x: x has not been done yet (saving min(1, p_a·RP[x][a]) · p_a·RI[x][a] · d_x),
/// or x is done and waiting for rework p_x, which then absorbs up to p_x of it (saving
/// min(1, p_a·RP[x][a]) · min(p_a·RI[x][a], p_x) · d_x).</item>
/// </list>
/// <para>
/// Assumptions: rework chains (rework caused by rework) are second order and left out; every
/// duration model is centred on d, so an amount m takes m·d on average; tasks not pending are not
/// affected by the swap. The estimate is exact when only one of the two directions couples a and x
/// and no chain can start (tested against Monte Carlo).
/// </para>
/// </remarks>
internal static class ReworkForecast
{
    /// <summary>Expected extra rework time (days; negative when the swap saves rework) of starting the task at
    /// <paramref name="alternativePosition"/> now, ahead of the pending tasks from <paramref name="staticPosition"/> on.</summary>
    public static double ExtraRework(ProcessModel model, ReadOnlySpan<int> sequence, ReadOnlySpan<double> pending,
        ReadOnlySpan<bool> done, int staticPosition, int alternativePosition)
    {
        var n = model.TaskCount;
        var a = sequence[alternativePosition];
        var pa = pending[a];
        var da = model.TaskDuration[a];
        var probability = model.Probability;
        var impact = model.Impact;
        var extra = 0.0;
        for (var q = staticPosition; q < alternativePosition; q++)
        {
            var x = sequence[q];
            var px = pending[x];
            if (px <= 0)
                continue;
            // x's completion now reworks a (done by then).
            var rpAx = probability[a * n + x];
            if (rpAx > 0)
            {
                var amount = px * impact[a * n + x];
                var anyway = done[a] ? Math.Max(0, amount - pa) : 0;
                extra += Math.Min(1, px * rpAx) * (amount - anyway) * da;
            }
            // a's completion no longer reworks x.
            var rpXa = probability[x * n + a];
            if (rpXa > 0)
            {
                var amount = pa * impact[x * n + a];
                var saved = done[x] ? Math.Min(amount, px) : amount;
                extra -= Math.Min(1, pa * rpXa) * saved * model.TaskDuration[x];
            }
        }
        return extra;
    }
}
