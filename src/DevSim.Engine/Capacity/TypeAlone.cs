namespace DevSim.Engine.Capacity;

/// <summary>
/// One project type of a portfolio on its own, as a capacity search's start sees it: what it achieves with no other
/// project and no waiting, the best any load can give it. A type whose value here misses its target makes every load miss.
/// </summary>
/// <param name="Name">The type's name.</param>
/// <param name="Alone">Its measure alone: the duration measure in days, or, under an on-time target, the share of its projects finished within their due allowance.</param>
/// <param name="Meets">Whether <paramref name="Alone"/> meets the target.</param>
/// <param name="DueAllowance">Its due allowance in days (null: none).</param>
/// <param name="ShortestProject">Its shortest possible project in days (every task once at its shortest, no rework, no waiting).</param>
/// <param name="DueAllowanceNeeded">
/// Under an on-time target, the shortest due allowance at which the type alone reaches the share: that quantile of its single-project
/// durations (the smallest sampled duration within which at least the share finish); null under a duration target.
/// </param>
public sealed record TypeAlone(string Name, double Alone, bool Meets, double? DueAllowance, double ShortestProject, double? DueAllowanceNeeded);
