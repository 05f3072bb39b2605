using DevSim.Runner.Cli;

namespace DevSim.Runner.Tests;

/// <summary>Runs devsim in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    private static readonly Lock Gate = new(); // Spectre and System.CommandLine touch process-wide state

    /// <summary>
    /// Words a placeholder leaves in a sentence or a table cell when a number was not computed (issue 26): every command
    /// run by the test suite is checked for them, so no test's output may contain one.
    /// </summary>
    public static readonly string[] Placeholders = [" -%", "(p = -)", "trend over 0 batches", "trend over 1 batches", "p = NaN", "NaN%", "[-, -]", " - │", "│ - "];

    public static CliRun Of(params string[] args) => AtWidth(null, args);

    /// <summary>Runs devsim with tables laid out for a console <paramref name="width"/> columns wide (null: as redirected output).</summary>
    public static CliRun AtWidth(int? width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code;
        lock (Gate)
            code = DevSimApp.Run(args, output, error, width: width);
        var run = new CliRun(code, output.ToString(), error.ToString());
        foreach (var placeholder in Placeholders)
        {
            if (run.Output.Contains(placeholder, StringComparison.Ordinal) || run.Error.Contains(placeholder, StringComparison.Ordinal))
                throw new Xunit.Sdk.XunitException($"devsim {string.Join(' ', args)} printed the placeholder '{placeholder}':\n{run.Output}{run.Error}");
        }
        return run;
    }

    /// <summary>The dotnet host that runs the tests, to start devsim as a separate process.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>devsim.dll beside the tests, for <see cref="DotnetHost"/>.</summary>
    public static string DevSimDll => typeof(DevSimApp).Assembly.Location;

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Writes a temporary scenario file (in <see cref="TestFiles.Root"/>, deleted when the tests end) and returns its path.</summary>
    public static string TempFile(string content, string extension = ".yaml")
    {
        var path = TestFiles.NewPath("devsim-test-", extension);
        File.WriteAllText(path, content);
        return path;
    }
}
