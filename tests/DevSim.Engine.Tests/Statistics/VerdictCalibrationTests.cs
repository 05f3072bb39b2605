using DevSim.Engine.Analysis.Calibration;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>
/// A small part of the verdict's calibration (docs/model.md#calibration-of-the-verdict; the full table is
/// experiments/verdict-calibration.cs): one seed of every settled case with 10 replications is stable, the short run
/// near saturation is not, and the runs past saturation are overloaded.
/// </summary>
public class VerdictCalibrationTests
{
    public static TheoryData<string> CaseNames() => [.. VerdictCalibration.Cases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Run_OneSeedOfEachCase_MeetsItsExpectation(string name)
    {
        var calibrationCase = VerdictCalibration.Cases().Single(c => c.Name == name);
        var seeds = calibrationCase.Expected == CalibrationExpectation.NeverStable ? new ulong[] { 1, 2, 3 } : [1];
        var outcome = VerdictCalibration.Run(calibrationCase with { Replications = [10] }, seeds);
        Assert.True(outcome.Misses.Count == 0, string.Join("\n", outcome.Misses));
    }
}
