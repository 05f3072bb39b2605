namespace DevSim.Engine.Optimization;

/// <summary>Which sequence the search looks for.</summary>
public enum Objective
{
    /// <summary>The shortest expected single-project duration: the optimal sequence.</summary>
    Minimize,

    /// <summary>The longest: the worst sequence.</summary>
    Maximize,
}
