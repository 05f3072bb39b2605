using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests;

/// <summary>Builds small scenarios in code for tests.</summary>
internal static class TestScenarios
{
    public static ScenarioDefinition Definition(double[] durations, double[][]? probability = null, double[][]? impact = null,
        string distribution = "triangular", double spread = 0.2)
    {
        var n = durations.Length;
        var d = new ScenarioDefinition
        {
            Name = "test",
            Distribution = distribution,
            Spread = spread,
            ReworkProbability = (probability ?? Zero(n)).Select(r => (IList<double>)r.ToList()).ToList(),
            ReworkImpact = (impact ?? Zero(n)).Select(r => (IList<double>)r.ToList()).ToList(),
        };
        for (var i = 0; i < n; i++)
            d.Tasks.Add(new ScenarioDefinition.TaskEntry(i + 1, $"T{i + 1}", durations[i]));
        return d;
    }

    public static Scenario Build(double[] durations, double[][]? probability = null, double[][]? impact = null,
        string distribution = "triangular", double spread = 0.2) =>
        Scenario.Create(Definition(durations, probability, impact, distribution, spread));

    /// <summary>One task of expected duration 1 on a resource "server" with <paramref name="capacity"/> servers: an M/G/c queue under Poisson arrivals.</summary>
    public static Scenario SingleServer(int capacity = 1, string distribution = "triangular")
    {
        var d = Definition([1.0], distribution: distribution);
        d.Resources.Add(new ScenarioDefinition.ResourceEntry("server", capacity));
        d.Tasks[0] = d.Tasks[0] with { Resource = "server" };
        return Scenario.Create(d);
    }

    public static double[][] Zero(int n) => Enumerable.Range(0, n).Select(_ => new double[n]).ToArray();

    /// <summary>An n x n matrix that is zero except for the given (row id, column id, value) cells.</summary>
    public static double[][] Cells(int n, params (int Row, int Column, double Value)[] cells)
    {
        var m = Zero(n);
        foreach (var (row, column, value) in cells)
            m[row - 1][column - 1] = value;
        return m;
    }

    public static Scenario Mouse => ScenarioReader.LoadBuiltIn("optical-mouse");
}
