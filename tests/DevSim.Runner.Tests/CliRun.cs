using DevSim.Runner.Cli;

namespace DevSim.Runner.Tests;

/// <summary>Runs devsim in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    private static readonly Lock Gate = new(); // Spectre and System.CommandLine touch process-wide state

    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code;
        lock (Gate)
            code = DevSimApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The dotnet host that runs the tests, to start devsim as a separate process.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>devsim.dll beside the tests, for <see cref="DotnetHost"/>.</summary>
    public static string DevSimDll => typeof(DevSimApp).Assembly.Location;

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Writes a temporary scenario file and returns its path.</summary>
    public static string TempFile(string content, string extension = ".yaml")
    {
        var path = Path.Combine(Path.GetTempPath(), $"devsim-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
