using DevSim.Engine.Evaluation;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Workbench;

/// <summary>
/// What the editor shows beside a draft: the engine reader's problems (the command line's messages, keyed by the field or
/// cell they are about), the YAML the draft downloads as, and, when the draft is valid, the first-order rework term of
/// every cell (docs/model.md#table-3-is-out-of-reach): RP × RI × d(i) for the reworked task i done before the causing task j in
/// the scenario's sequence, 0 for a pair in the other order.
/// </summary>
/// <param name="Valid">Whether the draft reads as a scenario.</param>
/// <param name="Problems">Every problem, keyed as the reader keys it (<c>rework.probability, row 2, column 3</c>).</param>
/// <param name="Lines">The problems as the command line prints them.</param>
/// <param name="Yaml">The draft as a scenario file.</param>
/// <param name="Terms">Per cell of the matrices as written, its first-order term; null when invalid.</param>
/// <param name="FirstOrderTotal">The sum of the terms: the sequence's first-order rework bound (<see cref="ReworkBound.FirstOrder"/>).</param>
internal sealed record DraftCheck(bool Valid, IReadOnlyList<InputProblem> Problems, IReadOnlyList<string> Lines, string Yaml,
    double[][]? Terms, double? FirstOrderTotal)
{
    /// <summary>Checks <paramref name="draft"/> by reading its YAML with the engine's reader, as the command line would read the downloaded file.</summary>
    public static DraftCheck Of(ScenarioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var yaml = ScenarioYaml.Write(draft);
        Scenario scenario;
        try
        {
            scenario = ScenarioReader.Parse(yaml, draft.FileName);
        }
        catch (ScenarioException e)
        {
            return new DraftCheck(false, e.Problems, [.. e.Lines], yaml, null, null);
        }
        var n = scenario.TaskCount;
        var position = new int[n + 1];
        for (var k = 0; k < n; k++)
            position[scenario.DefaultSequence[k]] = k;
        var terms = new double[n][];
        for (var row = 1; row <= n; row++)
        {
            terms[row - 1] = new double[n];
            for (var column = 1; column <= n; column++)
            {
                // Under reading (e) the file's rows are the causing task: the scenario holds the matrices the other way round.
                var (i, j) = scenario.Readings.CausingTaskRows ? (column, row) : (row, column);
                if (i != j && position[i] < position[j])
                    terms[row - 1][column - 1] = scenario.ReworkProbability(i, j) * scenario.ReworkImpact(i, j) * scenario.Tasks[i - 1].Duration;
            }
        }
        return new DraftCheck(true, [], [], yaml, terms, ReworkBound.FirstOrder(scenario, scenario.DefaultSequence));
    }
}
