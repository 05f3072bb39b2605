using DevSim.Engine.Experiments;

namespace DevSim.Runner.Cli;

/// <summary>Reads an experiment file and the scenario files it names (relative to it) for the engine's reader.</summary>
internal static class ExperimentFile
{
    public static Experiment Load(string path)
    {
        var text = InputFiles.Read(path, "experiment");
        try
        {
            return ExperimentReader.Parse(text, path, InputFiles.ScenariosBeside(path), PortfolioFile.Beside(path));
        }
        catch (ExperimentException e)
        {
            throw new UserErrorException([.. e.Lines]);
        }
    }
}
