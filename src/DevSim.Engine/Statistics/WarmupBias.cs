namespace DevSim.Engine.Statistics;

/// <summary>
/// MSER-5 on the duration series averaged over the replications, and what its cut would do to the mean:
/// the verdict judges warm-up bias by this effect, not by where the minimiser lands (docs/model.md#the-steady-state-verdict).
/// </summary>
/// <param name="Cut">MSER-5's truncation, in projects (a multiple of <paramref name="Resolution"/>).</param>
/// <param name="Resolution">The batch size of the averaged series MSER worked at (5·2^k projects, at most 128 batches).</param>
/// <param name="Shift">
/// The mean of the averaged series after <paramref name="Cut"/> minus its mean after the warm-up, in the series' unit (days);
/// 0 when the cut is no more than the warm-up (nothing more would be discarded).
/// </param>
public readonly record struct WarmupBias(long Cut, int Resolution, double Shift);
