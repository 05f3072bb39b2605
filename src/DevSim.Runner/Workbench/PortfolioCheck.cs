using DevSim.Engine.Input;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Workbench;

/// <summary>
/// What the editor shows beside a portfolio draft: the engine reader's problems (the command line's messages, keyed by
/// the field they are about, with the line of the downloaded file) and the YAML it downloads as.
/// </summary>
/// <param name="Valid">Whether the draft reads as a portfolio.</param>
/// <param name="Problems">Every problem, keyed as the reader keys it (<c>types, Mouse, arrivals, interarrival</c>).</param>
/// <param name="Lines">The problems as the command line prints them.</param>
/// <param name="Yaml">The draft as a portfolio file.</param>
internal sealed record PortfolioCheck(bool Valid, IReadOnlyList<InputProblem> Problems, IReadOnlyList<string> Lines, string Yaml)
{
    /// <summary>
    /// Why a type's scenario or arrival trace that names a file is refused: the browser may never make the server read
    /// a path (issue 29's safety rule), so a portfolio from the page holds its scenarios by name or inline.
    /// </summary>
    public static string NoServerFile(string what) =>
        $"the workbench reads no file on the server: {what} (built-in scenarios: {string.Join(", ", ScenarioReader.BuiltIn)})";

    /// <summary>Reads portfolio text as the command line does, except that a file it names is refused at its key and line.</summary>
    /// <exception cref="PortfolioException">The text is invalid, or names a file.</exception>
    public static Portfolio Read(string text, string fileName) =>
        PortfolioReader.Parse(text, fileName,
            reference => ScenarioReader.IsBuiltIn(reference) ? null
                : throw new IOException(NoServerFile("name a built-in scenario, or write the process inline under process:")),
            _ => throw new InvalidOperationException(NoServerFile("give { interarrival: days } or { fixed: days } instead of a trace file")));

    /// <summary>Checks <paramref name="draft"/> by reading its YAML as the command line would read the downloaded file.</summary>
    public static PortfolioCheck Of(PortfolioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var yaml = PortfolioYaml.Write(draft);
        try
        {
            Read(yaml, draft.FileName);
            return new PortfolioCheck(true, [], [], yaml);
        }
        catch (PortfolioException e)
        {
            return new PortfolioCheck(false, e.Problems, [.. e.Lines], yaml);
        }
    }
}
