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
