namespace DevSim.Engine.Fidelity;

/// <summary>How a genetic search draws the noise behind its fitness values (docs/model.md#the-winners-curse-measured).</summary>
public enum NoiseMode
{
    /// <summary>Every candidate on the same replications, each sequence valued once (DevSim's search).</summary>
    CommonRandomNumbers,

    /// <summary>Fresh replications for every evaluation, survivors re-valued every generation (a plain GA).</summary>
    FreshEachEvaluation,
}
