namespace DevSim.Engine.Analysis.Calibration;

/// <summary>What a calibration case's verdict must be, and in what share of its runs.</summary>
public enum CalibrationExpectation
{
    /// <summary>A settled system: stable in at least 98% of runs.</summary>
    Stable,

    /// <summary>A short run near saturation: never stable (unsettled or overloaded).</summary>
    NeverStable,

    /// <summary>Past saturation: overloaded in every run.</summary>
    Overloaded,
}
