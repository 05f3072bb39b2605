using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Cli;

/// <summary>Turns the scenario argument (a file path, or the name of a built-in scenario) into a scenario.</summary>
internal static class ScenarioSource
{
    public static Scenario Load(string pathOrName)
    {
        if (!File.Exists(pathOrName) && ScenarioReader.IsBuiltIn(pathOrName))
            return ScenarioReader.LoadBuiltIn(pathOrName);
        string text;
        try
        {
            text = File.ReadAllText(pathOrName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var builtIn = string.Join(", ", ScenarioReader.BuiltIn);
            throw new UserErrorException(e is FileNotFoundException or DirectoryNotFoundException
                ? $"{pathOrName}: no such scenario file (built-in scenarios: {builtIn})"
                : $"{pathOrName}: cannot read the file: {e.Message}");
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
