using DevSim.Engine.Experiments;
using DevSim.Engine.Portfolios;

namespace DevSim.Runner.Cli;

/// <summary>Reads a portfolio file, and the scenario and trace files it names (relative to it), through the runner's one file-reading path.</summary>
internal static class PortfolioFile
{
    /// <summary>
    /// The portfolio in <paramref name="pathOrName"/> when it is an existing file holding one (a top-level <c>types</c> key:
    /// <see cref="PortfolioReader.IsPortfolio"/>); null for anything else, which is then read as a scenario.
    /// </summary>
    public static Portfolio? TryLoad(string pathOrName) =>
        FileTypes.Of(pathOrName) is FileType.Regular or FileType.Unknown && PortfolioReader.IsPortfolio(InputFiles.Read(pathOrName, "portfolio")) ? Load(pathOrName) : null;

    public static Portfolio Load(string path)
    {
        try
        {
            return Parse(path, InputFiles.Read(path, "portfolio"));
        }
        catch (PortfolioException e)
        {
            throw new UserErrorException([.. e.Lines]);
        }
    }

    /// <summary>
    /// The portfolios an experiment file names, relative to it (<see cref="PortfolioFileResolver"/>): null for a path
    /// that does not exist, an invalid file's problems as the <see cref="PortfolioException"/> they are.
    /// </summary>
    public static PortfolioFileResolver Beside(string experimentPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(experimentPath)) ?? ".";
        return reference =>
        {
            var path = Path.Combine(folder, reference);
            return File.Exists(path) || Directory.Exists(path) ? Parse(path, InputFiles.ReadText(path, "portfolio")) : null;
        };
    }

    private static Portfolio Parse(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return PortfolioReader.Parse(text, path, InputFiles.ScenariosBeside(path), trace =>
        {
            try
            {
                return ArrivalsOption.ReadTrace(Path.Combine(folder, trace));
            }
            catch (UserErrorException e)
            {
                throw new InvalidOperationException(string.Join("; ", e.Lines), e);
            }
        });
    }
}
