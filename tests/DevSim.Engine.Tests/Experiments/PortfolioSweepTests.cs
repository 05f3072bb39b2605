using DevSim.Engine.Experiments;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Experiments;

/// <summary>
/// Portfolio sweeps (docs/model.md#portfolio-sweeps): the grid of discipline × WIP cap × load factor, cells that are
/// exactly <c>devsim portfolio</c>'s replications, point keys that survive a grown grid, and the reader's checks.
/// </summary>
public class PortfolioSweepTests
{
    private const string LinesText = """
        name: lines
        discipline: priority
        wip-cap: 6
        types:
          - name: Mouse
            scenario: optical-mouse
            policy: dynamic
            arrivals: { interarrival: 25 }
            priority: 2
            due-allowance: 120
          - name: Balanced
            scenario: optical-mouse-balanced
            arrivals: { interarrival: 50 }
            priority: 1
            due-allowance: 90
        """;

    private static Portfolio Lines => PortfolioReader.Parse(LinesText, "lines.yaml");

    private static Experiment Parse(string text, Func<string, Portfolio?>? portfolios = null) =>
        ExperimentReader.Parse(text, "sweep.yaml", null, r => (portfolios ?? (n => n == "lines.yaml" ? Lines : null))(r));

    [Fact]
    public void Points_RunDisciplineThenCapThenLoadFactor_LeftOutAxesTakeTheFilesOwn()
    {
        var swept = ExperimentPlan.Create(Parse("portfolios: [lines.yaml]\ndiscipline: [fifo, edd]\nwip-cap: [none, 3]\nload-factor: [0.5, 1]\nprojects: 200\nreplications: 2\n"));
        Assert.Equal(2 * 2 * 2, swept.Points.Count);
        Assert.Equal(
            ["fifo none 0.5", "fifo none 1", "fifo 3 0.5", "fifo 3 1", "edd none 0.5", "edd none 1", "edd 3 0.5", "edd 3 1"],
            swept.Points.Select(p => $"{p.Portfolio!.Discipline.Name()} {p.Portfolio.WipCapText} {p.Portfolio.LoadFactor}"));
        Assert.Equal(["Mouse", "Balanced"], swept.Points[0].Portfolio!.Types);
        // The mean time between arrivals of any type: 1 / (1/25 + 1/50) at load factor 1, twice that at 0.5.
        Assert.Equal(1 / (1 / 25.0 + 1 / 50.0), swept.Points[1].Interarrival!.Value, 12);
        Assert.Equal(2 / (1 / 25.0 + 1 / 50.0), swept.Points[0].Interarrival!.Value, 12);
        Assert.Equal(SequencingPolicy.Dynamic, swept.Points[0].Policy); // one type is dynamic: loads across replications

        var own = ExperimentPlan.Create(Parse("portfolios: [lines.yaml]\nprojects: 200\nreplications: 2\n"));
        var point = Assert.Single(own.Points);
        Assert.Equal((QueueDiscipline.Priority, (int?)6, 1.0), (point.Portfolio!.Discipline, point.Portfolio.WipCap, point.Portfolio.LoadFactor));
    }

    [Theory]
    [InlineData("priority", 4, 1.3)]
    [InlineData("edd", null, 0.8)]
    public void Cell_EqualsThatReplicationOfThePortfolioRun(string discipline, int? cap, double factor)
    {
        var capText = cap?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
        var plan = ExperimentPlan.Create(Parse($"seed: 5\nportfolios: [lines.yaml]\ndiscipline: {discipline}\nwip-cap: {capText}\nload-factor: {factor}\nprojects: 400\nreplications: 3\n"));
        var portfolio = (Lines with { Discipline = QueueDisciplineRegistry.Parse(discipline)!.Value, WipCap = cap }).WithLoadFactor(factor);
        var run = PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = 400, Replications = 3, Seed = 5 });
        for (var r = 0; r < 3; r++)
        {
            var cell = plan.RunCell(r);
            var rep = run.All.Replications[r];
            var measures = rep.Portfolio!;
            Assert.Equal((rep.Duration.Mean, rep.Waiting, rep.Events), (cell.Duration.Mean, cell.Waiting, cell.Events));
            Assert.Equal(CellGroup.Of("overall", measures.Overall), cell.Portfolio!.Overall, Same);
            for (var k = 0; k < 2; k++)
                Assert.Equal(CellGroup.Of(portfolio.Types[k].Name, measures.Types[k]), cell.Portfolio.Types[k], Same);
        }
        // Summarised across the cells, each type is devsim portfolio's summary of it.
        var summary = PointSummary.From(plan.Points[0], Enumerable.Range(0, 3).Select(plan.RunCell));
        Assert.Equal(run.Types, summary.Types!);
        Assert.Equal(run.Overall, summary.Overall);
    }

    /// <summary>Two groups' measures alike, bit for bit (the sketch by its buckets, which a record compares by reference).</summary>
    private static readonly IEqualityComparer<CellGroup> Same = EqualityComparer<CellGroup>.Create((a, b) =>
        a! with { Sketch = null } == b! with { Sketch = null }
        && a.Sketch is { } x && b.Sketch is { } y && (x.Zeros, x.Min, x.Max, x.Start) == (y.Zeros, y.Min, y.Max, y.Start) && x.Counts.SequenceEqual(y.Counts));

    [Fact]
    public void PointKeys_DependOnThePointOnly_SoAGrownGridFindsItsCells()
    {
        var small = ExperimentPlan.Create(Parse("portfolios: [lines.yaml]\ndiscipline: [fifo]\nwip-cap: [none]\nprojects: 200\nreplications: 2\n"));
        var grown = ExperimentPlan.Create(Parse("portfolios: [lines.yaml]\ndiscipline: [priority, fifo]\nwip-cap: [3, none]\nload-factor: [1, 1.2]\nprojects: 200\nreplications: 4\n"));
        var keys = grown.Points.Select(p => p.Key()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Contains(small.Points[0].Key(), keys);
        Assert.Equal(small.Experiment.CellFingerprint(), grown.Experiment.CellFingerprint()); // same seed, projects, portfolio
        var index = keys.IndexOf(small.Points[0].Key());
        Assert.Equal(small.RunCell(1) with { Cell = 0, Point = 0 }, grown.RunCell(index * 4 + 1) with { Cell = 0, Point = 0 }, CellAlike);
    }

    private static readonly IEqualityComparer<CellResult> CellAlike = EqualityComparer<CellResult>.Create((a, b) =>
        (a!.Duration.Mean, a.Waiting, a.Events, a.Portfolio!.Types[0].Duration, a.Portfolio.Types[1].OnTime)
        == (b!.Duration.Mean, b.Waiting, b.Events, b.Portfolio!.Types[0].Duration, b.Portfolio.Types[1].OnTime));

    [Fact]
    public void CellFingerprint_ChangesWithThePortfoliosContents_NotWithItsOwnDisciplineOrCap()
    {
        var experiment = Parse("portfolios: [lines.yaml]\ndiscipline: fifo\nprojects: 200\nreplications: 2\n");
        var due = experiment with { Portfolios = [Lines with { Types = [Lines.Types[0] with { DueAllowance = 100 }, Lines.Types[1]] }] };
        var discipline = experiment with { Portfolios = [Lines with { Discipline = QueueDiscipline.Slack, WipCap = 2 }] };
        Assert.NotEqual(experiment.CellFingerprint(), due.CellFingerprint());
        Assert.Equal(experiment.CellFingerprint(), discipline.CellFingerprint()); // the points carry discipline and cap
        Assert.Equal(["in-system limit", "portfolio lines", "projects", "seed", "warm-up"], experiment.CellSettings().Keys);
    }

    [Theory]
    [InlineData("portfolios: [lines.yaml]\ndiscipline: [fifo, lifo]\n", 2, "discipline", "'lifo' is not one of fifo, priority, edd, srw, slack; did you mean 'fifo'?")]
    [InlineData("portfolios: [lines.yaml]\nwip-cap: [none, 0]\n", 2, "wip-cap", "'0' must be none or a whole number of projects of 1 or more")]
    [InlineData("portfolios: [lines.yaml]\nwip-cap: [3, 3]\n", 2, "wip-cap", "3 is listed twice")]
    [InlineData("portfolios: [lines.yaml]\nload-factor: [1, -0.5]\n", 2, "load-factor", "-0.5 must be a positive factor")]
    [InlineData("portfolios: [lines.yaml, missing.yaml]\n", 1, "portfolios, entry 2", "'missing.yaml' is not a portfolio file")]
    [InlineData("portfolios: [lines.yaml, lines.yaml]\n", 1, "portfolios, entry 2", "another portfolio is also named 'lines'")]
    [InlineData("portfolios: [lines.yaml]\npolicies: [static]\n", 2, "policies", "a portfolio sweep takes this from each type")]
    [InlineData("portfolios: [lines.yaml]\nscenarios: [optical-mouse]\n", 2, "scenarios", "sweeps scenarios or portfolios, not both")]
    [InlineData("portfolios: [lines.yaml]\nreplication: 3\n", 2, "replication", "unknown key; did you mean 'replications'?")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 20\nload-factor: 2\n", 3, "load-factor", "is an axis of a portfolio sweep")]
    public void BadPortfolioSweep_NamesLineKeyAndProblem(string text, int line, string key, string message)
    {
        var e = Assert.Throws<ExperimentException>(() => Parse(text));
        Assert.Contains(e.Problems, p => p.Line == line && p.Key == key && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidPortfolioFile_IsNamedAtItsEntry_WithThePortfoliosOwnProblems()
    {
        var e = Assert.Throws<ExperimentException>(() => Parse("portfolios:\n  - lines.yaml\n",
            _ => PortfolioReader.Parse(LinesText.Replace("discipline: priority", "discipline: sjf", StringComparison.Ordinal), "lines.yaml")));
        var problem = Assert.Single(e.Problems);
        Assert.Equal((2, "portfolios, entry 1"), (problem.Line, problem.Key));
        Assert.Contains("lines.yaml:2: discipline: 'sjf' is not one of", problem.Message, StringComparison.Ordinal);
    }
}
