using DevSim.Engine.Fidelity;
using DevSim.Engine.Optimization;

namespace DevSim.Runner.Replay;

/// <summary>One emulated search of the winner's-curse study: its K, noise mode, objective and seed, and what it found.</summary>
internal sealed record WinnersCurseRow(int Replications, NoiseMode Noise, Objective Objective, int SeedIndex, WinnersCurseOutcome Outcome);
