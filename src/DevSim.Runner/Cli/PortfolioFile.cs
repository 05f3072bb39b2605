using DevSim.Engine.Portfolios;

namespace DevSim.Runner.Cli;

/// <summary>Reads a portfolio file, and the scenario and trace files it names (relative to it), through the runner's one file-reading path.</summary>
internal static class PortfolioFile
{
    public static Portfolio Load(string path)
    {
        var text = InputFiles.Read(path, "portfolio");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        try
        {
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
        catch (PortfolioException e)
        {
            throw new UserErrorException([.. e.Lines]);
        }
    }
}
