using DevSim.Engine.Experiments;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Tests;

/// <summary>
/// The inputs of issue 28's benchmarks (experiments/bench, run by hand on a quiet machine) stay readable and keep the sizes
/// BENCHMARKS.md reports, so a benchmark run later measures the same work.
/// </summary>
public class BenchFileTests
{
    [Fact]
    public void The_scale_experiment_is_the_figure_7_grid_at_28_replications_1008_cells()
    {
        var experiment = ExperimentFile.Load(Repository.Path("experiments", "bench", "scale.yaml"));
        var plan = ExperimentPlan.Create(experiment);
        Assert.Equal(36, plan.Points.Count); // 18 interarrival times x static and dynamic, Table 3's sequence
        Assert.Equal(1008, plan.CellCount);
    }

    [Fact]
    public void The_five_type_portfolio_runs_under_priority_with_a_wip_cap_of_20()
    {
        var run = CliRun.Of("portfolio", Repository.Path("experiments", "bench", "five-types.yaml"), "--projects", "400", "--reps", "1", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var report = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal(5, report.RootElement.GetProperty("types").GetArrayLength());
        Assert.Equal("priority", report.RootElement.GetProperty("settings").GetProperty("discipline").GetString());
        Assert.Equal(20, report.RootElement.GetProperty("settings").GetProperty("wipCap").GetInt32());
    }
}
