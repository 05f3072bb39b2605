using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Cli;

/// <summary>Turns the scenario argument (a file path, or the name of a built-in scenario) into a scenario.</summary>
internal static class ScenarioSource
{
    public static Scenario Load(string pathOrName)
    {
        if (!File.Exists(pathOrName) && !Directory.Exists(pathOrName) && ScenarioReader.IsBuiltIn(pathOrName))
            return ScenarioReader.LoadBuiltIn(pathOrName);
        string text;
        try
        {
            text = InputFiles.ReadText(pathOrName, "scenario");
        }
        catch (IOException e)
        {
            var builtIn = string.Join(", ", ScenarioReader.BuiltIn);
            throw new UserErrorException(e.InnerException is FileNotFoundException or DirectoryNotFoundException
                ? $"{pathOrName}: {e.Message} (built-in scenarios: {builtIn})"
                : $"{pathOrName}: {e.Message}");
        }
        try
        {
            return ScenarioReader.Parse(text, pathOrName);
        }
        catch (ScenarioException e)
        {
            throw new UserErrorException([.. e.Lines]);
        }
    }
}
