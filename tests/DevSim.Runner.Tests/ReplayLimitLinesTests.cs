using DevSim.Runner.Replay;

namespace DevSim.Runner.Tests;

/// <summary>
/// The section 6.2 figure's computed stability limits: the paper's and DevSim's worst sequences load the same bottleneck
/// alike (seed 1: 28.42 days each), and two lines at one x drew the second over the first, its legend entry naming a
/// line nobody could see. Lines closer than the axis can tell apart are drawn as one naming both.
/// </summary>
public class ReplayLimitLinesTests
{
    private static readonly double[] Grid = [20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44];

    [Fact]
    public void LimitLines_TheSameLimit_OneLineNamingBoth()
    {
        var line = Assert.Single(ReplayPlots.LimitLines(28.42, 28.42, Grid));

        Assert.Equal("computed static limit, paper's and DevSim's worst (one line): 28.4", line.Label);
        Assert.Equal(28.42, line.X);
    }

    [Fact]
    public void LimitLines_CloseButDifferentAtOneDecimal_OneLineGivingBothToTwo()
    {
        // 0.02 days apart on a 24-day axis (under a pixel): one line, but the labels at one decimal would differ.
        var line = Assert.Single(ReplayPlots.LimitLines(28.44, 28.46, Grid));

        Assert.Equal("computed static limits (one line): paper's worst 28.44, DevSim's worst 28.46", line.Label);
    }

    [Fact]
    public void LimitLines_ApartOnTheAxis_ALineEach()
    {
        var lines = ReplayPlots.LimitLines(28.4, 31.0, Grid);

        Assert.Equal(["computed static limit, paper's worst: 28.4", "computed static limit, DevSim's worst: 31.0"], lines.Select(l => l.Label));
        Assert.Equal([28.4, 31.0], lines.Select(l => l.X));
    }
}
